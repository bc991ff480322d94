// The student's work in localStorage. Never throws: storage can be blocked on managed or guest Chromebooks.
import { STUDENT_KEY, emptyStudentProgress, parseStudentProgress, type StudentProgress } from '../../../lib/classroom/studentProgress';

/** True when this browser lets the page keep data (tested by writing and removing a key). */
export function storageWorks(): boolean {
  try {
    const probe = `${STUDENT_KEY}:probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function loadProgress(): StudentProgress {
  try {
    return parseStudentProgress(localStorage.getItem(STUDENT_KEY));
  } catch {
    return emptyStudentProgress();
  }
}

export function saveProgress(p: StudentProgress): void {
  try {
    localStorage.setItem(STUDENT_KEY, JSON.stringify(p));
  } catch {
    /* not kept: the page has said so */
  }
}

export function clearProgress(): void {
  try {
    localStorage.removeItem(STUDENT_KEY);
  } catch {
    /* nothing stored */
  }
}
