/** Compute SSL policy requires TLS 1.2. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_GCP_SSL_POLICY',
  title: 'Compute SSL policy requires TLS 1.2',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['google_compute_ssl_policy'],
  docs: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy#min_tls_version (TLS_1_0, TLS_1_1, TLS_1_2; default TLS_1_0); Trivy AVD-GCP-0039, Checkov CKV_GCP_2 analogue',
  require: [{ path: 'min_tls_version', in: ['TLS_1_2', 'TLS_1_3'], missing: 'fail', note: 'the default is TLS_1_0' }]
})
