import { addStrings } from '../../../src/i18n/strings';
import { en } from '../../../src/i18n/strings.en';

// The app fetches English on first use; a journey that reads labels has both languages at hand.
addStrings('en', en);

export { translate, type StringKey } from '../../../src/i18n/strings';
