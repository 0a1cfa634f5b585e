// The knapsack ballot's enhancement (issue 6): a live "gastado / disponible" counter in the page's live region, and
// the projects that no longer fit disabled. The ballot works without it (the server re-renders the total and the
// error after a submit); this only saves the round trip. Plain ES2020 text served as is (routes.pages.tsx), not a
// compiled function's source: a bundler's helpers (esbuild's keepNames) would not exist in the browser.
export const BALLOT_COUNTER_JS = `(() => {
  const counter = document.getElementById('budget-counter');
  const form = counter && counter.closest('form');
  if (!form) return;
  const limit = Number(counter.dataset.limit);
  const template = counter.dataset.template || '';
  const money = new Intl.NumberFormat(document.documentElement.lang || 'es-CL');
  const boxes = Array.from(form.querySelectorAll('input[type=checkbox][data-cost]'));
  const update = () => {
    const spent = boxes.filter((b) => b.checked).reduce((sum, b) => sum + Number(b.dataset.cost), 0);
    const left = limit - spent;
    counter.textContent = template.replace('{spent}', '$' + money.format(spent)).replace('{limit}', '$' + money.format(limit))
      .replace('{left}', '$' + money.format(Math.max(0, left)));
    for (const b of boxes) b.disabled = !b.checked && Number(b.dataset.cost) > left;
  };
  form.addEventListener('change', update);
  update();
})();
`;
