import type { Metadata } from "next";
import { NewOrganizationForm } from "./NewOrganizationForm";

export const metadata: Metadata = { title: "New organization" };

export default function NewOrganizationPage() {
  return <NewOrganizationForm />;
}
