/**
 * Every city file in cities/, by id. Adding a city: write cities/<id>.json and add one line here (a test fails
 * when a file in cities/ is missing from this list).
 */
import demo from '../../cities/demo.json';
import xiangyang from '../../cities/xiangyang.json';

export const CITY_FILES: Readonly<Record<string, unknown>> = { demo, xiangyang };

export const DEFAULT_CITY_ID = 'demo';
