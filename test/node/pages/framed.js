// Frames plain.html from another origin (localhost for 127.0.0.1), as a partner that embeds
// the screening in an iframe; `?sandbox=` sets the frame's sandbox, `?same-origin` frames it
// from this page's own origin.
const frame = document.createElement('iframe');
const sandbox = new URLSearchParams(location.search).get('sandbox');
if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
const host = new URLSearchParams(location.search).has('same-origin') ? location.hostname : 'localhost';
frame.src = `${location.protocol}//${host}:${location.port}/test/node/pages/plain.html`;
frame.style.inlineSize = '800px';
frame.style.blockSize = '600px';
addEventListener('DOMContentLoaded', () => document.body.append(frame));
