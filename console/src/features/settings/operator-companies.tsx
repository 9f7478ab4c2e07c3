/** Settings → Operator companies: invitations and memberships (the company issue fills it). */
export default function OperatorCompanies() {
  return <p class="empty">No invitations or companies yet.</p>;
}
