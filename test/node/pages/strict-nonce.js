// Loaded by strict-nonce.html before the embed: the nonce its policy allows for styles,
// given to Lit as the README says, and every violation of the policy in window.violations.
window.litNonce = 'c3RyaWN0LW5vbmNl';
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective}: ${e.blockedURI}`));
