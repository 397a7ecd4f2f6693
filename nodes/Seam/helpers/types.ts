import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** One `<operation>.operation.ts` file: its parameters and what it does for one input item. */
export interface SeamOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
	/** How many input items may run at the same time (default 1, in order). */
	concurrency?(this: IExecuteFunctions): number;
}

export type SeamResource = Record<string, SeamOperation>;
