import { field } from '../../helpers/fields';
import { accessCodeLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessCode',
	operation: 'pullBackupAccessCode',
	route: 'access_codes/pull_backup_access_code',
	parameters: [
		field.id('access_code_id', {
			...accessCodeLocator,
			description:
				'The time-bound code that failed to set (created with Use Backup Access Code Pool): its backup is already on the lock and ends when it ends',
		}),
	],
});
