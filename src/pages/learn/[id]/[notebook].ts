import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/site';
import { downloadName } from '~/lib/downloadName';
import { lessonNotebook, notebookFrameworks, SHARED_NOTEBOOK, type LessonForNotebook } from '~/lib/lessonNotebooks';
import { isFramework } from '~/lib/taxonomy';

/**
 * Each lesson's code as Jupyter notebooks, one per framework (`/learn/<lesson>/<lesson>-<framework>.ipynb`):
 * the lesson's blocks in order under its headings. `npm test` runs every one of them top to bottom.
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.lessons.flatMap((lesson) =>
    notebookFrameworks(lesson.body ?? '').map((framework) => ({
      params: { id: lesson.id, notebook: downloadName(lesson.id, framework, 'ipynb') },
      props: {
        framework,
        lesson: {
          id: lesson.id,
          title: lesson.data.title,
          description: lesson.data.description,
          body: lesson.body ?? '',
          url: `/learn/${lesson.id}/`,
          frameworkName: isFramework(framework) ? site.frameworkName(framework) : SHARED_NOTEBOOK.name,
        },
      },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  framework: string;
  lesson: LessonForNotebook;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`${JSON.stringify(lessonNotebook(props.lesson, props.framework), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/x-ipynb+json; charset=utf-8' },
  });
