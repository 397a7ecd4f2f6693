import type { INodeProperties } from 'n8n-workflow';

import * as createPortal from './createPortal.operation';
import * as deleteData from './deleteData.operation';
import * as pushData from './pushData.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { createPortal, deleteData, pushData };

export const description: INodeProperties[] = [
	operationSelector(
		'customer',
		[
			{
				name: 'Create Portal',
				value: 'createPortal',
				description: 'Get a link to Seam’s customer portal, where your customer manages their spaces, devices and reservations',
				action: 'Create a customer portal link',
			},
			{
				name: 'Delete Data',
				value: 'deleteData',
				description: 'Cancel reservations (or remove guests or a whole customer): Seam takes their access back',
				action: 'Delete reservation data',
			},
			{
				name: 'Push Data',
				value: 'pushData',
				description:
					'Hand a reservation to Seam’s Reservation Automations: Seam gives the guest access to the booked spaces at the right times, by your workspace’s automation settings',
				action: 'Push a reservation',
			},
		],
		'pushData',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
