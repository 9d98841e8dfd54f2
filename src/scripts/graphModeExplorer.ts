/**
 * Wires up every graph-mode explorer on the page: reads the reader's choices, replays the calls through the
 * step logic and draws the result. All text goes in through `textContent`, all SVG through `createElementNS`.
 */
import { callProblem, formatVector, MODE_NAMES, MODES, runCalls, type Call, type Mode } from '~/lib/graphModes';
import { graphSvg } from '~/lib/graphSvg';
import { buildSvg } from '~/scripts/svgDom';

function item(text: string, used = false): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (used) li.dataset['used'] = '';
  return li;
}

const isMode = (value: string): value is Mode => (MODES as readonly string[]).includes(value);

for (const root of document.querySelectorAll<HTMLElement>('[data-graph-explorer]')) {
  const find = (name: string) => root.querySelector<HTMLElement>(`[data-gm-${name}]`);
  const checked = (name: string) => root.querySelector<HTMLInputElement>(`[data-gm-${name}]:checked`)?.value ?? '';
  const [live, picture, detail, cache, previous, history, sideTitle] = [
    'live',
    'graph',
    'detail',
    'cache',
    'previous',
    'history',
    'side-title',
  ].map(find);
  const calls: Call[] = [];
  let mode: Mode = 'eager';

  /** Redraws everything; `announce` goes to the live region ('' for the last call's narration, null for nothing). */
  const render = (announce: string | null) => {
    const steps = runCalls(mode, calls);
    const last = steps.at(-1);
    const before = steps.at(-2);
    for (const about of root.querySelectorAll<HTMLElement>('[data-gm-about]'))
      about.hidden = about.dataset['gmAbout'] !== mode;
    picture?.replaceChildren(
      ...(last ? [buildSvg(graphSvg(last.graph, `${root.id}-now`, `Graph of call ${last.number}`))] : []),
    );
    if (detail)
      detail.textContent = last
        ? `${last.detail} f returned ${formatVector(last.result)}.`
        : `Pick x and n, then call f to see what ${MODE_NAMES[mode]} builds.`;
    if (sideTitle)
      sideTitle.textContent =
        mode === 'eager'
          ? 'Previous call'
          : mode === 'tf1'
            ? 'The graph, built once'
            : 'Cache: graphs kept for later calls';
    if (cache) {
      cache.hidden = mode === 'eager';
      cache.replaceChildren(
        ...(last?.cache ?? []).map((entry) =>
          item(
            `${entry.key}: ${entry.holds}${entry.added ? ' (added by this call)' : entry.used ? ' (reused by this call)' : ''}`,
            entry.used,
          ),
        ),
      );
      if (!last) cache.append(item('Empty: no call has built a graph yet.'));
    }
    const note = document.createElement('p');
    note.textContent = before ? `Call ${before.number}’s graph, for comparison:` : 'Eager mode keeps no graphs.';
    previous?.replaceChildren(...(mode === 'eager' ? [note] : []));
    if (mode === 'eager' && before)
      previous?.append(buildSvg(graphSvg(before.graph, `${root.id}-before`, `Graph of call ${before.number}`)));
    history?.replaceChildren(
      ...steps.map((step) =>
        item(`Call ${step.number}: x = ${formatVector(step.call.x)}, n = ${step.call.n} → ${step.summary}`),
      ),
    );
    if (live && announce !== null) live.textContent = announce || (last?.narration ?? '');
  };

  for (const input of root.querySelectorAll<HTMLInputElement>('[data-gm-mode]'))
    input.addEventListener('change', () => {
      if (!isMode(input.value)) return;
      mode = input.value;
      render(
        calls.length === 0
          ? `${MODE_NAMES[mode]} selected. No calls yet.`
          : `${MODE_NAMES[mode]} selected: the same ${calls.length} calls replayed. ${runCalls(mode, calls).at(-1)?.narration}`,
      );
    });
  find('call')?.addEventListener('click', () => {
    const call = { x: checked('x').split(',').map(Number), n: Number(checked('n')) };
    // The choices are radio buttons, but their values can still be edited: keep only a call that can run.
    const problem = callProblem(call);
    if (problem !== undefined) {
      if (live) live.textContent = `That call was not made: ${problem}.`;
      return;
    }
    calls.push(call);
    render('');
  });
  find('reset')?.addEventListener('click', () => {
    calls.length = 0;
    render('History cleared. No calls yet.');
  });
  const initial = checked('mode');
  if (isMode(initial)) mode = initial;
  render(null);
}
