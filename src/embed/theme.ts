// Inline <head> script for embed pages: applies ?theme=light|dark before first paint (auto follows the reader).
export const THEME_SCRIPT = `try{var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;if(new URLSearchParams(location.search).has('static'))document.documentElement.dataset.static=''}catch(e){}`;
