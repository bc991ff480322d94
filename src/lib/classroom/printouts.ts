// The printouts: their pages and what each is for (listed on the teacher page; each page prints on its own).

export interface Printout {
  id: 'handout' | 'exit-ticket' | 'key' | 'guide';
  path: string;
  title: string;
  about: string;
}

export const PRINTOUTS: readonly Printout[] = [
  { id: 'handout', path: '/classroom/print/handout/', title: 'Student handout', about: 'One per student: every activity, the evidence levels, the story excerpts, room to write.' },
  { id: 'exit-ticket', path: '/classroom/print/exit-ticket/', title: 'Exit tickets', about: 'Two per page: cut along the line.' },
  { id: 'key', path: '/classroom/print/key/', title: 'Answer key', about: 'Every reveal, the header line by line, why each claim has its level, a worked Activity 3 example.' },
  { id: 'guide', path: '/classroom/print/guide/', title: 'Teacher guide', about: 'Plan, procedure, facilitation notes, rubric and the answer key, for a substitute.' },
];
