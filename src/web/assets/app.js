// txtriage pages: progressive enhancement only. Every page works without this file.
// Served from 'self' under a CSP without inline scripts and with Trusted Types: it only
// ever sets textContent, never HTML.
'use strict';

// Copy buttons: <button data-copy="<textarea id>" data-status="<status id>" hidden>.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  if (!source || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(source.value);
      ok = true;
    } catch {
      // No Clipboard API (plain http inside a corporate network): select and copy.
      source.focus();
      source.select();
      ok = document.execCommand('copy');
    }
    status.textContent = ok ? button.dataset.copied : button.dataset.failed;
  });
}
