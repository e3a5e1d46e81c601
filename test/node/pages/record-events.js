// Loaded by the test pages as a classic script, before the embed: keeps every event of
// <op-eligibility> in window.opEvents, as a host page listening to them would.
window.opEvents = [];
for (const type of ['op-eligibility-step', 'op-eligibility-complete', 'op-eligibility-error']) {
  document.addEventListener(type, (event) => window.opEvents.push({ type, detail: event.detail }));
}
