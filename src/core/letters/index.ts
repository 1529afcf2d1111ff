export { composeLetters, DEFAULT_REPLY_DAYS } from './compose';
export {
  checkLetterTemplate,
  DEFAULT_LETTER_TEMPLATE,
  isIsoDate,
  LETTER_PLACEHOLDERS,
  LetterTemplateError,
  placeholderList,
  templateProblems,
  type LetterLogo,
  type LetterTemplate,
  type LogoFormat,
} from './template';
export type {
  ComposedLetters,
  ComposeLettersInput,
  LetterCourse,
  LetterPathway,
  PupilLetter,
  ReplySlip,
  WithheldPupil,
} from './types';
