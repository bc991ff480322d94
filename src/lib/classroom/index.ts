// Loads data/classroom.json and data/classroom-guide.json once at build time and validates them against the
// dataset; pages import `classroom` from here.
import raw from '../../../data/classroom.json' with { type: 'json' };
import guide from '../../../data/classroom-guide.json' with { type: 'json' };
import { data } from '../data';
import { validateClassroom, type Classroom } from './validate';

/** The validated lesson and guide. Importing this module throws a DataValidationError if either file is invalid. */
export const classroom: Classroom = validateClassroom(raw, data, guide);

export type { Classroom, ClassroomClaim, ClaimAnswer } from './validate';
