import { notRunReason } from './extractPythonBlocks.ts';

/** The part of a hast tree this transformer writes. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * A Shiki transformer: under a ```python block whose fence says `norun="why"`, a note tells the reader that the
 * site's tests do not run it, and why. Every other block runs in `npm test` (test/python/).
 */
export function notRunNoteTransformer() {
  return {
    name: 'dlc:not-run-note',
    root(this: { options: { lang?: string; meta?: { __raw?: string } } }, root: HastNode) {
      const reason = notRunReason(this.options.meta?.__raw);
      if (reason === undefined) return;
      // The highlighter keeps only the root's first element, so the block and its note go into one wrapper.
      const note: HastNode = {
        type: 'element',
        tagName: 'p',
        properties: { class: 'program-note' },
        children: [
          {
            type: 'element',
            tagName: 'strong',
            properties: {},
            children: [{ type: 'text', value: 'Not run by this site’s tests:' }],
          },
          { type: 'text', value: ` ${reason}` },
        ],
      };
      root.children = [
        {
          type: 'element',
          tagName: 'div',
          properties: { class: 'program-not-run' },
          children: [...(root.children ?? []), note],
        },
      ];
    },
  };
}
