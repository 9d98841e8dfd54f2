/**
 * A "Copy" button on every code block in a framework group (not on a program's output, which nobody types in).
 * Added by script because copying needs JavaScript; the button says "Copied" (announced) for a moment after it
 * worked.
 */
for (const pre of document.querySelectorAll<HTMLPreElement>(
  '.framework-code pre.astro-code:not(.program-output pre), .framework-code pre[data-copy]',
)) {
  const wrapper = document.createElement('div');
  wrapper.className = 'copy-wrapper';
  pre.replaceWith(wrapper);
  wrapper.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code');
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
      button.textContent = 'Copied';
      status.textContent = 'Code copied to the clipboard.';
    } catch {
      button.textContent = 'Copy failed';
      status.textContent = 'The browser did not allow copying.';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
      status.textContent = '';
    }, 2000);
  });
  wrapper.append(button, status);
}
