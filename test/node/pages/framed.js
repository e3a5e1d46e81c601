// Frames plain.html from another origin (localhost for 127.0.0.1), as a partner that embeds
// the screening in an iframe; `?sandbox=` sets the frame's sandbox.
const frame = document.createElement('iframe');
const sandbox = new URLSearchParams(location.search).get('sandbox');
if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
frame.src = `${location.protocol}//localhost:${location.port}/test/node/pages/plain.html`;
frame.style.inlineSize = '800px';
frame.style.blockSize = '600px';
addEventListener('DOMContentLoaded', () => document.body.append(frame));
