/** One record per rating in the shape a provincial 好差评 platform receives (domain.md §2). */
import { CHANNEL_LABELS, type Channel } from './indicators';
import { LEVEL_LABELS, type Level } from './levels';
import { STAGE_LABELS, type Stage } from './window';

export interface ExportSource {
  _id: string;
  caseNumber: string;
  itemCode: string;
  itemVersion: string;
  itemName: string;
  department: string;
  regionCode: string;
  stage: Stage;
  channel: Channel;
  served: { kind: 'staff' | 'helper'; id: string; name: string | null } | null;
  level: Level;
  indicators: Record<string, Level>;
  createdAt: Date;
  excluded: boolean;
}

export interface ProvincialRecord {
  ratingId: string;
  caseNumber: string;
  itemCode: string;
  itemVersion: string;
  itemName: string;
  departmentCode: string;
  regionCode: string;
  node: Stage;
  nodeName: string;
  channel: Channel;
  channelName: string;
  /** Staff member's or helper's work id (never the rater). */
  ratedStaffId: string | null;
  ratedStaffKind: 'staff' | 'helper' | null;
  level: Level;
  levelName: string;
  indicators: { name: string; level: Level }[];
  ratedAt: string;
  /** True when an upheld appeal took the rating out of statistics (still reported). */
  appealUpheld: boolean;
}

export function provincialRecord(r: ExportSource): ProvincialRecord {
  return {
    ratingId: r._id,
    caseNumber: r.caseNumber,
    itemCode: r.itemCode,
    itemVersion: r.itemVersion,
    itemName: r.itemName,
    departmentCode: r.department,
    regionCode: r.regionCode,
    node: r.stage,
    nodeName: STAGE_LABELS[r.stage],
    channel: r.channel,
    channelName: CHANNEL_LABELS[r.channel],
    ratedStaffId: r.served?.id ?? null,
    ratedStaffKind: r.served?.kind ?? null,
    level: r.level,
    levelName: LEVEL_LABELS[r.level],
    indicators: Object.entries(r.indicators).map(([name, level]) => ({ name, level })),
    ratedAt: r.createdAt.toISOString(),
    appealUpheld: r.excluded,
  };
}
