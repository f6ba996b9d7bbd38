-- New rows go straight into the GIN indexes instead of a pending list, so the
-- planner's cost for the index plans stays stable after writes (a pending list
-- made searches flip to sequential scans).
ALTER INDEX "search_index_names_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_index_text_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_index_tsv_gin" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "people_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "organizations_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "parties_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "delegations_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "bodies_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "meetings_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "decisions_search_trgm" SET (fastupdate = off);
