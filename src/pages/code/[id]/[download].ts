import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Example, type ExampleVariant } from '~/data/site';
import { buildNotebook } from '~/lib/buildNotebook';
import { downloadName } from '~/lib/downloadName';

type CodeVariant = Extract<ExampleVariant, { kind: 'code' }>;

/**
 * Each example's files for download: `<task>-<framework>.py` as written and `<task>-<framework>.ipynb` built from
 * it (names that cannot shadow the library they import, nor clash in a Downloads folder).
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.examples.flatMap((example) =>
    example.variants
      .filter((variant): variant is CodeVariant => variant.kind === 'code')
      .flatMap((variant) =>
        (['py', 'ipynb'] as const).map((extension) => ({
          params: { id: example.entry.id, download: downloadName(example.entry.id, variant.framework, extension) },
          props: { example, variant, extension, frameworkName: site.frameworkName(variant.framework) },
        })),
      ),
  );
}) satisfies GetStaticPaths;

interface Props {
  example: Example;
  variant: CodeVariant;
  extension: 'py' | 'ipynb';
  frameworkName: string;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { example, variant, extension, frameworkName } = props;
  if (extension === 'py') {
    return new Response(variant.code, { headers: { 'Content-Type': 'text/x-python; charset=utf-8' } });
  }
  const notebook = buildNotebook({
    title: `${example.entry.data.title} (${frameworkName})`,
    explanation: [example.entry.data.description, variant.note, example.entry.body?.trim()]
      .filter(Boolean)
      .join('\n\n'),
    code: variant.code,
    idPrefix: `${example.entry.id}-${variant.framework}`,
  });
  return new Response(`${JSON.stringify(notebook, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/x-ipynb+json; charset=utf-8' },
  });
};
