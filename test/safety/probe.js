// Loaded first by the safety test pages, before the element: records every policy
// violation, storage write, cookie write, network call and resource the page makes,
// so the tests can assert there were none.
(() => {
  const probe = { violations: [], storageCalls: [], cookieWrites: [], networkCalls: [], resources: [], loadedAt: null };
  window.__probe = probe;

  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  });

  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      probe.storageCalls.push({ method, key: args[0] });
      return original.apply(this, args);
    };
  }

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get.call(document),
    set: (value) => {
      probe.cookieWrites.push(value);
      cookie.set.call(document, value);
    },
  });

  const spy = (owner, name) => {
    const original = owner[name];
    owner[name] = function (...args) {
      probe.networkCalls.push({ api: name, target: String(args[0]) });
      return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
    };
  };
  spy(window, 'fetch');
  spy(XMLHttpRequest.prototype, 'open');
  spy(navigator, 'sendBeacon');
  spy(window, 'WebSocket');
  spy(window, 'EventSource');

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.resources.push({ name: entry.name, start: entry.startTime });
  }).observe({ type: 'resource', buffered: true });
  addEventListener('load', () => {
    probe.loadedAt = performance.now();
  });
})();
