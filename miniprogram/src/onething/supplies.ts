/** How each material of the checklist is supplied, from what the draft holds: what to send, and what is missing. */
import type { MaterialSupply, OnethingDraft } from './drafts';
import type { UploadedFile } from './file-checks';
import type { Material } from './MaterialCard';

/** The supply of one material, or null while the person still has something to do. Internal ones need none. */
export function supplyFor(material: Material, draft: Pick<OnethingDraft, 'supplies' | 'promises'>): MaterialSupply | null {
  const source = material.source;
  const chosen = draft.supplies[material.id];
  switch (source.kind) {
    case 'shared': {
      if (chosen?.kind === 'shared' && source.records.some((r) => r.recordId === chosen.recordId)) return chosen;
      // One record of this kind: it is the one (e.g. the only 户口簿).
      return source.records.length === 1 ? { kind: 'shared', recordId: source.records[0]!.recordId } : null;
    }
    case 'promise':
      return draft.promises.includes(material.id) ? { kind: 'promise', accepted: true } : null;
    case 'upload':
      return chosen?.kind === 'upload' && chosen.files.length >= Math.max(1, source.upload.count.min) ? chosen : null;
    case 'internal':
      return null;
  }
}

export function materialsInput(materials: readonly Material[], draft: Pick<OnethingDraft, 'supplies' | 'promises'>) {
  const input: Record<string, MaterialSupply> = {};
  const missing: Material[] = [];
  for (const material of materials) {
    if (material.source.kind === 'internal') continue;
    const supply = supplyFor(material, draft);
    if (supply) input[material.id] = supply;
    else missing.push(material);
  }
  return { input, missing };
}

/** What the person is told is still missing for a material. */
export function missingMessage(material: Material): string {
  switch (material.source.kind) {
    case 'shared':
      return `请选择用哪一份${material.source.recordLabel}（${material.name}）`;
    case 'promise':
      return `请勾选${material.name}的告知承诺`;
    default:
      return `请上传${material.name}`;
  }
}

/** The files already uploaded for a material. */
export function uploadedFiles(draft: Pick<OnethingDraft, 'supplies'>, materialId: string): UploadedFile[] {
  const supply = draft.supplies[materialId];
  return supply?.kind === 'upload' ? supply.files : [];
}
