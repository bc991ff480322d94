// /classroom/student/answers.json: every answer the student page shows once a student has committed a try.
// It is a separate file so the page's HTML holds no answer (a determined student can still open this file).
import type { APIRoute } from 'astro';
import { data } from '../../../lib/data';
import { classroom } from '../../../lib/classroom';
import { studentAnswers } from '../../../lib/classroom/answers';
import { withBase } from '../../../lib/paths';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(studentAnswers(classroom, data, { sources: data.sources, lessonSources: classroom.sources, storyPath: withBase('/') })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
