import { describe, expect, it } from "vitest";
import { createOrg } from "../../prisma/factories.ts";
import { plusDays } from "../../domain/calendar.ts";
import { todayIn } from "../../domain/dates.ts";
import { gid, run } from "../helpers/graphql.ts";

// Issue #12: "a goal started 10 days ago is Off track before it has a single milestone".
const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id health healthExplanation } } }`;
const CHECK_IN = `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) { goal { health confidenceMismatch } } }`;
const BOARD = `query($slug: String!) { organization(slug: $slug) { dashboard { healthCounts { onTrack offTrack notEnoughData } } } }`;

describe("health grace period", () => {
  it("a goal backdated 10 days has not enough data until its first check-in", async () => {
    const { org, owner } = await createOrg();
    const today = todayIn("UTC");
    const created = await run(owner.id, CREATE, {
      input: {
        organizationId: gid("Organization", org.id),
        title: "Backdated",
        description: "Why it matters.",
        ownerId: gid("User", owner.id),
        startDate: plusDays(today, -10),
        targetDate: plusDays(today, 10),
      },
    });
    expect(created.errors).toBeUndefined();
    const goal = created.data.createGoal.goal;
    expect(goal.health).toBe("NOT_ENOUGH_DATA");
    expect(goal.healthExplanation).toMatch(/^Not enough data yet: .* in 14 days/);
    const board = await run(owner.id, BOARD, { slug: org.slug });
    expect(board.data.organization.dashboard.healthCounts).toEqual({ onTrack: 0, offTrack: 0, notEnoughData: 1 });

    // Confidence can't take the computed-only value.
    const refused = await run(owner.id, CHECK_IN, { input: { goalId: goal.id, confidence: "NOT_ENOUGH_DATA" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const checkedIn = await run(owner.id, CHECK_IN, { input: { goalId: goal.id, confidence: "ON_TRACK" } });
    expect(checkedIn.data.createCheckIn.goal).toEqual({ health: "OFF_TRACK", confidenceMismatch: "Marked on track, but 50% behind pace" });
  });
});
