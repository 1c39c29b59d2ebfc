/**
 * The city a build or deploy is for: `--city <id>` (or `--city=<id>`), else CITY in the environment, else demo.
 * An unknown id stops the script with the list of cities there are, before anything is built or contacted.
 */
import { cityById, knownCityIds } from '../../shared/config/city';
import { DEFAULT_CITY_ID } from '../../shared/config/cities';

/** `--name value` or `--name=value`; undefined when absent. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  const inline = args.find((arg) => arg.startsWith(`${flag}=`));
  if (inline) return inline.slice(flag.length + 1);
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} 后面要写一个值`);
  return value;
}

export function resolveCity(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const id = argValue(args, 'city') ?? (env.CITY || DEFAULT_CITY_ID);
  if (!knownCityIds().includes(id)) {
    throw new Error(`没有城市「${id}」：CITY 或 --city 只能是 ${knownCityIds().join('、')} 之一（每个城市一个文件 cities/<id>.json）`);
  }
  cityById(id); // validates the file, with every problem named
  return id;
}
