/** The one definition of each kind of value a person enters, used by the pages and the functions alike. */
export { freeText, hasForbiddenCharacters, name, text, type TextOptions } from './text';
export { ANY_DATE, BIRTH_DATE, COMING_DATE, dateBounds, dateProblem, dateRangeSchema, dateSchema, NEAR_DATE, PAST_DATE, type DateRange } from './dates';
export { ETHNIC_GROUP_OPTIONS, ETHNIC_GROUPS, ethnicGroupByCode, isEthnicGroup } from './ethnic-groups';
export { idNumber } from './id-number';
