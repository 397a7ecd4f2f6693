import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { SeamField } from './fields';

/** One `<operation>.operation.ts` file: its parameters and what it does for one input item. */
export interface SeamOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
	/** The Seam route the operation calls with its declared fields (test/nodes/fields.test.ts checks them against Seam's OpenAPI document). */
	request?: OperationRequest;
	/** How many input items may run at the same time (default 1, in order). */
	concurrency?(this: IExecuteFunctions): number;
}

export type SeamResource = Record<string, SeamOperation>;

/** What an operation sends: Seam's route and the fields declared for it. */
export interface OperationRequest {
	route: string;
	fields: readonly SeamField[];
}
