import { ButtonLink } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";

export function AccountTokensLink() {
  return (
    <Card>
      <CardHeader
        title="API tokens"
        description="Personal tokens for scripts and integrations. List and revoke them on their own page."
        actions={<ButtonLink href="/settings/tokens">Manage API tokens</ButtonLink>}
      />
    </Card>
  );
}
