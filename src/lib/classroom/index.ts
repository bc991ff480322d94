// Loads data/classroom.json once at build time and validates it against the dataset; pages import `classroom` from here.
import raw from '../../../data/classroom.json' with { type: 'json' };
import { data } from '../data';
import { validateClassroom, type Classroom } from './validate';

/** The validated lesson. Importing this module throws a DataValidationError if data/classroom.json is invalid. */
export const classroom: Classroom = validateClassroom(raw, data);

export type { Classroom, ClassroomClaim, ClaimAnswer } from './validate';
