import s8_2_0 from './snapshots/8.2.0.json' with { type: 'json' };
import s8_6_1 from './snapshots/8.6.1.json' with { type: 'json' };
import s9_3_3 from './snapshots/9.3.3.json' with { type: 'json' };
import s10_1_1 from './snapshots/10.1.1.json' with { type: 'json' };
import s2026spring from './snapshots/2026-spring.json' with { type: 'json' };
import s2026 from './snapshots/2026.json' with { type: 'json' };

/**
 * The snapshots `npm run extract` and `npm run refresh` wrote of the app's
 * releases, oldest first: tagged releases of the official repository, and the
 * 2026 code read file by file at the newest commits available: the spring of
 * 2026 (before the analytics package, PR #9915) and after it. Data, checked
 * against `SnapshotSchema` where it is read (src/lib/model/history.ts).
 * `npm run refresh` rewrites the imports and the list: keep their layout.
 */
export const SNAPSHOT_DATA: readonly unknown[] = [s8_2_0, s8_6_1, s9_3_3, s10_1_1, s2026spring, s2026];
