// A simulation of what WordPress does with an oEmbed "rich" response from a provider it does not trust, written from
// its documented behaviour (wp-includes/embed.php wp_filter_oembed_result; wp-includes/js/wp-embed.js), not its code:
//  1. keeps only <iframe> with src, width, height, frameborder, marginwidth, marginheight, scrolling and title
//     (so no style, no wrapper div, no script);
//  2. appends "#?secret=<10 letters and digits>" to the src, sets data-secret, class="wp-embedded-content",
//     sandbox="allow-scripts" and security="restricted";
//  3. on the page, listens for {secret, message, value} from that iframe's window: "height" sets the iframe's height
//     attribute, clamped to 200–1000 px; "link" navigates the top page to value when it is on the iframe's host and
//     the iframe has focus.
(function () {
  var KEEP = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
  window.wordpressEmbed = function (html, secret) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var src = doc.querySelector('iframe');
    if (!src) return null;
    var frame = document.createElement('iframe');
    KEEP.forEach(function (name) { if (src.hasAttribute(name)) frame.setAttribute(name, src.getAttribute(name)); });
    frame.setAttribute('src', src.getAttribute('src') + '#?secret=' + secret);
    frame.setAttribute('data-secret', secret);
    frame.className = 'wp-embedded-content';
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('security', 'restricted');
    document.getElementById('slot').appendChild(frame);
    return frame;
  };
  window.wordpressHeights = [];
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
    document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (frame) {
      if (e.source !== frame.contentWindow) return;
      if (d.message === 'height') {
        var h = parseInt(d.value, 10);
        h = h > 1000 ? 1000 : (~~h < 200 ? 200 : h);
        window.wordpressHeights.push(h);
        frame.height = h;
      }
      if (d.message === 'link') {
        var a = document.createElement('a'), b = document.createElement('a');
        a.href = frame.getAttribute('src');
        b.href = d.value;
        if (a.host === b.host && document.activeElement === frame) window.top.location.href = d.value;
      }
    });
  });
})();
