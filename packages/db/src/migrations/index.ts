import type { Migration } from 'kysely';
import * as initialSchema from './20261124000000_initial_schema.js';
import * as comparisonViews from './20261125000000_comparison_views.js';
import * as searchText from './20261125000100_search_text.js';
import * as eventVisibility from './20261125000200_event_visibility.js';
import * as reportsByReporter from './20261126001000_reports_by_reporter.js';
import * as storedVisibility from './20261201000100_stored_visibility.js';
import * as decisionHtml from './20261201000200_decision_html.js';
import * as comparisonViewVisitors from './20261201000201_comparison_view_visitors.js';
import * as apiTokenExpiry from './20261201000300_api_token_expiry.js';
import * as stacksUpdatedAt from './20261202000000_stacks_updated_at.js';
import * as stackToolPosition from './20261203000000_stack_tool_position.js';
import * as stackToolEvidence from './20261204000000_stack_tool_evidence.js';
import * as searchColumns from './20261205000000_search_columns.js';
import * as toolPairs from './20261205000100_tool_pairs.js';
import * as functionToolsCount from './20261205000200_function_tools_count.js';
import * as reasonRanking from './20261206000200_reason_ranking.js';
import * as toolAdoptionMonths from './20261206000300_tool_adoption_months.js';
import * as stackToolIds from './20261207000100_stack_tool_ids.js';
import * as contentChanged from './20261208000100_content_changed.js';

/**
 * Every migration, in order. Listed by hand rather than found by scanning a folder, so that a bundled
 * build runs exactly the same set. Names are timestamps: add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '20261124000000_initial_schema': initialSchema,
  '20261125000000_comparison_views': comparisonViews,
  '20261125000100_search_text': searchText,
  '20261125000200_event_visibility': eventVisibility,
  '20261126001000_reports_by_reporter': reportsByReporter,
  '20261201000100_stored_visibility': storedVisibility,
  '20261201000200_decision_html': decisionHtml,
  '20261201000201_comparison_view_visitors': comparisonViewVisitors,
  '20261201000300_api_token_expiry': apiTokenExpiry,
  '20261202000000_stacks_updated_at': stacksUpdatedAt,
  '20261203000000_stack_tool_position': stackToolPosition,
  '20261204000000_stack_tool_evidence': stackToolEvidence,
  '20261205000000_search_columns': searchColumns,
  '20261205000100_tool_pairs': toolPairs,
  '20261205000200_function_tools_count': functionToolsCount,
  '20261206000200_reason_ranking': reasonRanking,
  '20261206000300_tool_adoption_months': toolAdoptionMonths,
  '20261207000100_stack_tool_ids': stackToolIds,
  '20261208000100_content_changed': contentChanged,
};
