import Aside from './Aside.astro';
import Tabs from './Tabs.astro';
import TabItem from './TabItem.astro';
import Steps from './Steps.astro';
import PayloadExample from './PayloadExample.astro';
import FieldReference from './FieldReference.astro';
import EventCatalog from './EventCatalog.astro';
import PayloadChecker from './PayloadChecker.astro';
import Verified from './Verified.astro';
import ReleaseLinks from './ReleaseLinks.astro';
import ReleaseChanges from './ReleaseChanges.astro';
import DataFlow from './DataFlow.astro';
import Destinations from './Destinations.astro';
import Blocklists from './Blocklists.astro';
import CaptureChecker from './CaptureChecker.astro';
import DataKeeping from './DataKeeping.astro';
import type { ComponentName } from '../schemas/component-props.ts';

/**
 * The components MDX pages use without importing them: the page route hands
 * them to each page's `<Content />`. Their props are checked by the content
 * check before a build and by each component when it renders.
 */
export const PAGE_COMPONENTS = {
  Aside,
  Tabs,
  TabItem,
  Steps,
  PayloadExample,
  FieldReference,
  EventCatalog,
  PayloadChecker,
  Verified,
  ReleaseLinks,
  ReleaseChanges,
  DataFlow,
  Destinations,
  Blocklists,
  CaptureChecker,
  DataKeeping,
} satisfies Record<ComponentName, unknown>;
