import { variesReason } from './extractPythonBlocks.ts';
import { outputStampIn } from './programOutputs.ts';

/** The part of a hast tree this transformer writes. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * A Shiki transformer: a ```text block that shows a program's recorded output (its fence carries
 * `output="Output from …"`, written by the program-outputs integration) gets the label "Output" and the stamp of
 * the run it comes from, on a surface of its own, so output never reads as code to type. A fence that also says
 * `varies="why"` (timings, memory addresses) adds that reason, so the reader expects other numbers.
 */
export function outputStampTransformer() {
  return {
    name: 'dlc:output-stamp',
    root(this: { options: { lang?: string; meta?: { __raw?: string } } }, root: HastNode) {
      const stamp = outputStampIn(this.options.meta?.__raw);
      if (stamp === undefined) return;
      const varies = variesReason(this.options.meta?.__raw);
      const label: HastNode = {
        type: 'element',
        tagName: 'p',
        properties: { class: 'program-output__stamp', 'data-pagefind-ignore': '' },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Output' }] },
          { type: 'text', value: stamp.replace(/^Output/, '') },
          ...(varies === undefined
            ? []
            : [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { class: 'program-output__varies' },
                  children: [{ type: 'text', value: ` · ${varies}` }],
                },
              ]),
        ],
      };
      // The highlighter keeps only the root's first element, so the label and the block go into one wrapper.
      root.children = [
        {
          type: 'element',
          tagName: 'div',
          // What a program printed is not what readers search for; leaving it out keeps search downloads small.
          properties: { class: 'program-output', 'data-pagefind-ignore': '' },
          children: [label, ...(root.children ?? [])],
        },
      ];
    },
  };
}
