// Inline <head> script for embed pages, before first paint: applies ?theme=, ?static and ?fit to <html>, and marks a
// framed page (so "Embed this"-style chrome and print rules know where they are).

/** The themes an embed accepts: colours (light, dark, or the reader's setting) and an opaque or transparent background. */
export const EMBED_THEMES = ['auto', 'light', 'dark', 'transparent', 'light-transparent', 'dark-transparent'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/*
 * data-theme: light | dark (colours), absent for the reader's setting. data-bg="transparent": no page background,
 * so the host's shows through (the colour scheme is then pinned, because a frame whose scheme differs from its
 * host's is painted on an opaque backdrop by browsers). data-static: the picture only. data-fit: a fixed-height
 * frame, so the graphic shrinks rather than the page scrolling. data-framed: inside any frame.
 */
export const THEME_SCRIPT = `try{var q=new URLSearchParams(location.search),d=document.documentElement,t=q.get('theme')||'';var m=/^(light|dark)?-?(transparent)?$/.exec(t);if(m&&m[1])d.dataset.theme=m[1];if(m&&m[2])d.dataset.bg='transparent';if(q.has('static'))d.dataset.static='';if(q.has('fit'))d.dataset.fit='';if(window.parent!==window)d.dataset.framed=''}catch(e){}`;
