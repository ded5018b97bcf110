export const id = 578;
export const ids = [578,820];
export const modules = {

/***/ 92162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x6: () => (/* binding */ mappingsFor),
  eK: () => (/* binding */ requirementsFor)
});

// UNUSED EXPORTS: CATALOG, findFramework

;// CONCATENATED MODULE: ./src/catalog/catalog.generated.ts
const catalog_generated_CATALOG = [
    {
        "file": "soc2.yml",
        "id": "soc2",
        "framework": "SOC 2",
        "title": "AICPA Trust Services Criteria (2017, revised points of focus 2022) — Common Criteria",
        "source": {
            "title": "2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy (with revised points of focus, 2022)",
            "url": "https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022"
        },
        "requirements": [
            {
                "id": "CC3.4",
                "title": "The entity identifies and assesses changes that could significantly affect internal control",
                "controls": [
                    {
                        "id": "change.ticket",
                        "strength": "supporting",
                        "rationale": "Every change links to a tracked request, where its risk and impact can be assessed and found again."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "Changes to AI systems must carry an updated impact assessment or model card before they merge."
                    }
                ],
                "elsewhere": "The risk assessment itself — a register of significant changes (vendors, org, systems) and its periodic review."
            },
            {
                "id": "CC5.1",
                "title": "The entity selects and develops control activities that mitigate risks, including segregation of duties",
                "controls": [
                    {
                        "id": "change.separation-of-duties",
                        "strength": "partial",
                        "rationale": "Shows, per merged change, that the merger was not the only approver and no author approved their own work."
                    }
                ],
                "elsewhere": "The control matrix and risk-to-control mapping the entity maintains; segregation outside source control (deploy, database)."
            },
            {
                "id": "CC5.2",
                "title": "The entity selects and develops general control activities over technology",
                "controls": [
                    {
                        "id": "branch.protection",
                        "strength": "supporting",
                        "rationale": "The branch rules that force every change through review are themselves checked on each change."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Automated build and test checks required by the branch rules must have succeeded on the merged commit."
                    }
                ],
                "elsewhere": "IT general controls beyond the repository (infrastructure, access administration, operations) and their design documentation."
            },
            {
                "id": "CC6.1",
                "title": "Logical access security software, infrastructure and architectures protect information assets",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Storage, databases, queues and keys declared in changed infrastructure code are encrypted at rest."
                    },
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "No credential enters the code base, where anyone with read access would hold it."
                    },
                    {
                        "id": "iac.data-residency",
                        "strength": "supporting",
                        "rationale": "Resources in changed infrastructure code are declared only in the regions the policy allows."
                    }
                ],
                "elsewhere": "Identity provider configuration, access reviews, network architecture and encryption of systems not described in this repository."
            },
            {
                "id": "CC6.2",
                "title": "Users are registered, authorised and removed before access is granted or after it ends",
                "controls": [],
                "elsewhere": "Joiner/mover/leaver records from the identity provider and HR system, with approvals for access grants."
            },
            {
                "id": "CC6.3",
                "title": "Access is authorised, modified or removed by role, with least privilege and segregation of duties",
                "controls": [],
                "elsewhere": "Role definitions and periodic access reviews of GitHub organisation members, cloud accounts and production systems."
            },
            {
                "id": "CC6.6",
                "title": "Logical access measures protect against threats from sources outside the system boundaries",
                "controls": [
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "supporting",
                        "rationale": "A leaked key is the usual way outsiders gain access; new credentials in code are blocked before merge."
                    }
                ],
                "elsewhere": "Firewall, WAF, VPN and MFA configuration and their monitoring."
            },
            {
                "id": "CC6.7",
                "title": "Transmission, movement and removal of information are restricted and protected",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Changed infrastructure code is checked for encryption in transit (TLS listeners, HTTPS-only endpoints) as well as at rest."
                    },
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "supporting",
                        "rationale": "Credentials do not travel with the source code to every clone and fork."
                    }
                ],
                "elsewhere": "Data-loss-prevention tooling, removable-media rules and transfer agreements."
            },
            {
                "id": "CC6.8",
                "title": "Controls prevent or detect unauthorised or malicious software",
                "controls": [
                    {
                        "id": "review.codeowners",
                        "strength": "supporting",
                        "rationale": "The owners of sensitive paths (workflows, dependencies, deployment) approved changes to them."
                    },
                    {
                        "id": "commits.signed",
                        "strength": "supporting",
                        "rationale": "Commits carry verified signatures, so code cannot be injected under another author's name."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Required scanners (malware, dependency, SAST) that run as status checks passed on the merged commit."
                    }
                ],
                "elsewhere": "Endpoint protection, software allow-listing and dependency/supply-chain scanning results."
            },
            {
                "id": "CC7.1",
                "title": "Detection and monitoring identify configuration changes that introduce vulnerabilities",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Each infrastructure change is checked for unencrypted resources before it merges."
                    },
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "Each change is scanned for credentials before it merges."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Configuration and vulnerability scanners required by the branch rules passed."
                    }
                ],
                "elsewhere": "Runtime configuration monitoring (cloud posture management, drift detection) and vulnerability scans of running systems."
            },
            {
                "id": "CC7.2",
                "title": "System components are monitored for anomalies indicating malicious acts or errors",
                "controls": [
                    {
                        "id": "change.unreviewed-push",
                        "strength": "partial",
                        "rationale": "Detects commits that reached the protected branch without a merged pull request (bypass or force push)."
                    },
                    {
                        "id": "change.emergency",
                        "strength": "supporting",
                        "rationale": "Emergency changes that skipped controls are flagged and need retrospective review."
                    }
                ],
                "elsewhere": "Security monitoring (SIEM alerts, audit-log review) of production systems and of the GitHub organisation audit log."
            },
            {
                "id": "CC7.3",
                "title": "Security events are evaluated to decide whether they are incidents",
                "controls": [],
                "elsewhere": "Incident triage records and the criteria used to classify events."
            },
            {
                "id": "CC7.4",
                "title": "Identified security incidents are responded to with a defined programme",
                "controls": [],
                "elsewhere": "Incident response plan, incident tickets and post-incident reviews."
            },
            {
                "id": "CC8.1",
                "title": "Changes to infrastructure, data, software and procedures are authorised, designed, tested, approved and implemented",
                "controls": [
                    {
                        "id": "review.approvals",
                        "strength": "direct",
                        "rationale": "Someone independent of the authors, with write access, approved the exact commit that merges."
                    },
                    {
                        "id": "review.last-push",
                        "strength": "direct",
                        "rationale": "Nothing was pushed after the last approval by someone other than the pusher."
                    },
                    {
                        "id": "review.no-changes-requested",
                        "strength": "partial",
                        "rationale": "No reviewer's outstanding request for changes was overridden."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "partial",
                        "rationale": "The designated owners of each changed path approved it."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "The target branch enforces review, forbids force pushes and deletion, so the gate cannot simply be bypassed."
                    },
                    {
                        "id": "checks.required",
                        "strength": "direct",
                        "rationale": "The change was tested — every required check succeeded on its head commit."
                    },
                    {
                        "id": "commits.signed",
                        "strength": "supporting",
                        "rationale": "The authors of the change are authenticated by verified commit signatures."
                    },
                    {
                        "id": "change.ticket",
                        "strength": "partial",
                        "rationale": "The change is linked to an authorised request (ticket) and documented in the PR template."
                    },
                    {
                        "id": "change.emergency",
                        "strength": "partial",
                        "rationale": "Emergency changes follow a labelled, recorded path with the waived controls named."
                    },
                    {
                        "id": "change.separation-of-duties",
                        "strength": "direct",
                        "rationale": "The person who merged was not the only approver and no author approved their own change."
                    },
                    {
                        "id": "change.unreviewed-push",
                        "strength": "direct",
                        "rationale": "Every commit on the protected branch came through a merged, reviewed pull request."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "Changes to AI systems carry the extra approvals and documents the policy requires."
                    }
                ],
                "elsewhere": "Changes made outside the repository (console changes, database hot-fixes) and deployment approvals in the release tool."
            },
            {
                "id": "CC9.2",
                "title": "Risks from vendors and business partners are assessed and managed",
                "controls": [],
                "elsewhere": "Vendor inventory, due-diligence questionnaires and SOC reports of subservice organisations."
            }
        ]
    },
    {
        "file": "iso27001-2022.yml",
        "id": "iso27001",
        "framework": "ISO/IEC 27001:2022",
        "title": "ISO/IEC 27001:2022 Annex A — information security controls",
        "source": {
            "title": "ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection — Information security management systems — Requirements (Annex A)",
            "url": "https://www.iso.org/standard/27001"
        },
        "requirements": [
            {
                "id": "A.5.3",
                "title": "Segregation of duties",
                "controls": [
                    {
                        "id": "change.separation-of-duties",
                        "strength": "direct",
                        "rationale": "Per merged change, the merger is not the only approver and no author approved their own work."
                    },
                    {
                        "id": "review.approvals",
                        "strength": "partial",
                        "rationale": "Only approvals by people who wrote none of the commits count."
                    },
                    {
                        "id": "review.last-push",
                        "strength": "partial",
                        "rationale": "The last pusher cannot be the only one who approved the final state."
                    },
                    {
                        "id": "change.unreviewed-push",
                        "strength": "supporting",
                        "rationale": "Direct pushes that skip a second person are detected."
                    }
                ],
                "elsewhere": "Segregation between development and operations roles outside source control (deployment, production data access)."
            },
            {
                "id": "A.5.15",
                "title": "Access control",
                "controls": [
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "Rules on the protected branch restrict who can change it and how."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "supporting",
                        "rationale": "Ownership rules decide who must approve changes to each path."
                    }
                ],
                "elsewhere": "The access control policy and access reviews of the GitHub organisation, cloud accounts and production systems."
            },
            {
                "id": "A.5.17",
                "title": "Authentication information",
                "controls": [
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "Passwords, tokens and keys are kept out of the code base, where they would be shared with every reader."
                    }
                ],
                "elsewhere": "Secret-management tooling (vault), rotation records and the procedure for issuing credentials."
            },
            {
                "id": "A.5.31",
                "title": "Legal, statutory, regulatory and contractual requirements",
                "controls": [
                    {
                        "id": "iac.data-residency",
                        "strength": "supporting",
                        "rationale": "Infrastructure changes keep resources in the regions a residency obligation allows."
                    }
                ],
                "elsewhere": "The register of legal and contractual requirements and how each is met."
            },
            {
                "id": "A.5.34",
                "title": "Privacy and protection of personal identifiable information (PII)",
                "controls": [
                    {
                        "id": "iac.data-residency",
                        "strength": "supporting",
                        "rationale": "Where PII may be stored is constrained by the allowed-regions policy on each infrastructure change."
                    },
                    {
                        "id": "iac.encryption",
                        "strength": "supporting",
                        "rationale": "Stores that may hold PII are encrypted at rest."
                    }
                ],
                "elsewhere": "Records of processing, privacy impact assessments and data-subject request handling."
            },
            {
                "id": "A.8.2",
                "title": "Privileged access rights",
                "controls": [],
                "elsewhere": "The list of privileged accounts (org owners, repository admins, ruleset bypass actors, cloud administrators) and its periodic review."
            },
            {
                "id": "A.8.4",
                "title": "Access to source code",
                "controls": [
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "Write access to the main branch goes through reviewed pull requests; force pushes and deletion are forbidden."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "partial",
                        "rationale": "Owners of each path approved its changes."
                    },
                    {
                        "id": "commits.signed",
                        "strength": "supporting",
                        "rationale": "Verified signatures bind commits to their authors."
                    }
                ],
                "elsewhere": "Repository read/write permission reviews and the list of outside collaborators."
            },
            {
                "id": "A.8.8",
                "title": "Management of technical vulnerabilities",
                "controls": [],
                "elsewhere": "Dependency and container vulnerability scans, patch records and the remediation SLA."
            },
            {
                "id": "A.8.9",
                "title": "Configuration management",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Security-relevant configuration (encryption) of infrastructure declared in code is checked on each change."
                    },
                    {
                        "id": "iac.data-residency",
                        "strength": "partial",
                        "rationale": "The region of each declared resource is checked against the policy on each change."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "supporting",
                        "rationale": "The repository's own protective configuration is read and judged on each change."
                    }
                ],
                "elsewhere": "Configuration baselines for systems not described in code, and drift monitoring."
            },
            {
                "id": "A.8.12",
                "title": "Data leakage prevention",
                "controls": [
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "Credentials added to the code base are found and blocked before merge."
                    }
                ],
                "elsewhere": "DLP tooling on e-mail, endpoints and cloud storage."
            },
            {
                "id": "A.8.13",
                "title": "Information backup",
                "controls": [],
                "elsewhere": "Backup configuration, restore tests and retention records."
            },
            {
                "id": "A.8.15",
                "title": "Logging",
                "controls": [],
                "elsewhere": "Log collection and retention of production systems and the GitHub organisation audit log (the gate's evidence bundles cover changes only)."
            },
            {
                "id": "A.8.24",
                "title": "Use of cryptography",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "direct",
                        "rationale": "Storage, databases, queues, keys and AI endpoints in changed infrastructure code are encrypted (customer-managed keys when required)."
                    },
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "supporting",
                        "rationale": "Private keys and key material are kept out of source code."
                    }
                ],
                "elsewhere": "The cryptography policy and key-management procedures (rotation, custody)."
            },
            {
                "id": "A.8.25",
                "title": "Secure development life cycle",
                "controls": [
                    {
                        "id": "checks.required",
                        "strength": "partial",
                        "rationale": "The build, test and security checks the life cycle requires passed on the merged commit."
                    },
                    {
                        "id": "review.approvals",
                        "strength": "supporting",
                        "rationale": "Peer review is enforced on every change."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "AI-system changes follow the extra life-cycle steps (evaluation, documentation, named approvers)."
                    }
                ],
                "elsewhere": "The secure development policy, threat models and developer training records."
            },
            {
                "id": "A.8.28",
                "title": "Secure coding",
                "controls": [
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "Hard-coded credentials, a classic insecure-coding flaw, are blocked."
                    },
                    {
                        "id": "review.approvals",
                        "strength": "supporting",
                        "rationale": "Code is reviewed by someone other than its author."
                    }
                ],
                "elsewhere": "Secure coding standard, SAST results and training."
            },
            {
                "id": "A.8.29",
                "title": "Security testing in development and acceptance",
                "controls": [
                    {
                        "id": "checks.required",
                        "strength": "partial",
                        "rationale": "Required security tests (SAST, dependency scans) that run as checks succeeded at the head commit."
                    }
                ],
                "elsewhere": "Penetration tests and acceptance test plans outside CI."
            },
            {
                "id": "A.8.31",
                "title": "Separation of development, test and production environments",
                "controls": [],
                "elsewhere": "Environment architecture (separate accounts/subscriptions) and deployment pipeline configuration."
            },
            {
                "id": "A.8.32",
                "title": "Change management",
                "controls": [
                    {
                        "id": "review.approvals",
                        "strength": "direct",
                        "rationale": "Each change is approved by someone independent of its authors before it merges."
                    },
                    {
                        "id": "review.last-push",
                        "strength": "direct",
                        "rationale": "The approved state is the merged state."
                    },
                    {
                        "id": "review.no-changes-requested",
                        "strength": "partial",
                        "rationale": "Outstanding objections are resolved before merge."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "partial",
                        "rationale": "Owners of each changed path approved it."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "The change procedure is enforced by the branch rules."
                    },
                    {
                        "id": "checks.required",
                        "strength": "partial",
                        "rationale": "Changes are tested before they merge."
                    },
                    {
                        "id": "commits.signed",
                        "strength": "supporting",
                        "rationale": "Authors of changes are authenticated."
                    },
                    {
                        "id": "change.ticket",
                        "strength": "partial",
                        "rationale": "Changes are linked to a request and documented."
                    },
                    {
                        "id": "change.emergency",
                        "strength": "partial",
                        "rationale": "Emergency changes are labelled, recorded and need retrospective review."
                    },
                    {
                        "id": "change.separation-of-duties",
                        "strength": "direct",
                        "rationale": "Approval and merge are performed by different people."
                    },
                    {
                        "id": "change.unreviewed-push",
                        "strength": "direct",
                        "rationale": "No change reaches the protected branch outside the procedure unnoticed."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "AI-system changes meet the extra requirements of the change procedure."
                    }
                ],
                "elsewhere": "Changes outside the repository (console, database, SaaS configuration) and the change-advisory records for them."
            }
        ]
    },
    {
        "file": "iso42001-2023.yml",
        "id": "iso42001",
        "framework": "ISO/IEC 42001:2023",
        "title": "ISO/IEC 42001:2023 Annex A — AI management system controls",
        "source": {
            "title": "ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system (Annex A)",
            "url": "https://www.iso.org/standard/81230.html"
        },
        "requirements": [
            {
                "id": "A.2.2",
                "title": "AI policy",
                "controls": [],
                "elsewhere": "The approved AI policy document and its review record."
            },
            {
                "id": "A.3.2",
                "title": "AI roles and responsibilities",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "A named reviewer group (team or users) must approve changes to AI systems, evidencing that the role is exercised."
                    }
                ],
                "elsewhere": "The documented allocation of AI roles (owners, approvers, risk officers)."
            },
            {
                "id": "A.5.2",
                "title": "AI system impact assessment process",
                "controls": [],
                "elsewhere": "The documented impact-assessment process and its triggers."
            },
            {
                "id": "A.5.3",
                "title": "Documentation of AI system impact assessments",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "When required, an AI-system change must update the impact-assessment or model-card document in the same pull request."
                    }
                ],
                "elsewhere": "The content and sign-off of the assessments themselves; the gate checks only that the document changed."
            },
            {
                "id": "A.5.4",
                "title": "Assessing AI system impact on individuals or groups of individuals",
                "controls": [],
                "elsewhere": "Impact assessments covering affected individuals and groups, with their conclusions."
            },
            {
                "id": "A.6.1.3",
                "title": "Processes for responsible AI system design and development",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "Changes to models, prompts, training and evaluation configuration follow a defined, enforced path."
                    },
                    {
                        "id": "review.approvals",
                        "strength": "supporting",
                        "rationale": "Every change, including AI-system changes, is approved independently."
                    }
                ],
                "elsewhere": "The documented design and development process for AI systems."
            },
            {
                "id": "A.6.2.3",
                "title": "Documentation of AI system design and development",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "A model card (or equivalent document) must be updated alongside AI-system changes."
                    },
                    {
                        "id": "change.ticket",
                        "strength": "supporting",
                        "rationale": "Each change links to the request that describes why it was made."
                    }
                ],
                "elsewhere": "Design records and architecture documentation of each AI system."
            },
            {
                "id": "A.6.2.4",
                "title": "AI system verification and validation",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "When required, an AI-system change must link an evaluation result (a matching link or a changed eval-results file)."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Evaluation suites that run as required checks passed at the head commit."
                    }
                ],
                "elsewhere": "The evaluation criteria, test data sets and acceptance thresholds, and the judgement that the results meet them."
            },
            {
                "id": "A.6.2.5",
                "title": "AI system deployment",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "AI-system changes are approved by the named reviewer group before they merge (and so before they deploy from the branch)."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "supporting",
                        "rationale": "The branch AI systems deploy from cannot be changed without review."
                    }
                ],
                "elsewhere": "Deployment plans and release approvals in the deployment tool."
            },
            {
                "id": "A.6.2.6",
                "title": "AI system operation and monitoring",
                "controls": [],
                "elsewhere": "Production monitoring of model performance, drift and incidents."
            },
            {
                "id": "A.6.2.7",
                "title": "AI system technical documentation",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "Technical documentation (model card) is kept current with changes when the policy requires it."
                    }
                ],
                "elsewhere": "The technical documentation set provided to users and interested parties."
            },
            {
                "id": "A.6.2.8",
                "title": "AI system recording of event logs",
                "controls": [],
                "elsewhere": "Runtime event logs of the AI system (inputs, outputs, decisions) and their retention."
            },
            {
                "id": "A.7.2",
                "title": "Data for development and enhancement of AI system",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "supporting",
                        "rationale": "Stores and AI endpoints holding training data are encrypted; AI-specific checks are marked in the findings."
                    },
                    {
                        "id": "iac.data-residency",
                        "strength": "supporting",
                        "rationale": "AI resources and data stores are declared only in the allowed regions."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "Changes to dataset manifests are recognised as AI-system changes and governed."
                    }
                ],
                "elsewhere": "Data management processes for AI (selection, retention, quality criteria)."
            },
            {
                "id": "A.7.4",
                "title": "Quality of data for AI systems",
                "controls": [],
                "elsewhere": "Data-quality requirements and their measurement."
            },
            {
                "id": "A.7.5",
                "title": "Data provenance",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "supporting",
                        "rationale": "Dataset manifests are versioned and their changes approved by the named group."
                    }
                ],
                "elsewhere": "Provenance records of each data set (source, licence, collection date, transformations)."
            },
            {
                "id": "A.9.2",
                "title": "Processes for responsible use of AI systems",
                "controls": [],
                "elsewhere": "Usage policies and the records of their application."
            },
            {
                "id": "A.10.3",
                "title": "Suppliers",
                "controls": [],
                "elsewhere": "Supplier assessments for third-party models, data and AI services."
            }
        ]
    },
    {
        "file": "nist80053.yml",
        "id": "nist80053",
        "framework": "NIST SP 800-53 Rev. 5",
        "title": "NIST SP 800-53 Revision 5 — Security and Privacy Controls for Information Systems and Organizations",
        "source": {
            "title": "NIST Special Publication 800-53 Revision 5 (updated 2020-12-10)",
            "url": "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final"
        },
        "requirements": [
            {
                "id": "AC-5",
                "title": "Separation of Duties",
                "controls": [
                    {
                        "id": "change.separation-of-duties",
                        "strength": "direct",
                        "rationale": "Authors, approvers and mergers of each change are distinct people."
                    },
                    {
                        "id": "review.approvals",
                        "strength": "partial",
                        "rationale": "Approvals by authors or co-authors do not count."
                    }
                ],
                "elsewhere": "Separation of duties for system administration and security functions outside source control."
            },
            {
                "id": "AU-2",
                "title": "Event Logging",
                "controls": [],
                "elsewhere": "The organisation's event-logging configuration for its systems."
            },
            {
                "id": "CM-2",
                "title": "Baseline Configuration",
                "controls": [],
                "elsewhere": "The documented, reviewed baseline configurations of each system."
            },
            {
                "id": "CM-3",
                "title": "Configuration Change Control",
                "controls": [
                    {
                        "id": "review.approvals",
                        "strength": "direct",
                        "rationale": "Each change is reviewed and approved before it is implemented (CM-3b)."
                    },
                    {
                        "id": "review.last-push",
                        "strength": "partial",
                        "rationale": "The approved version is the version merged."
                    },
                    {
                        "id": "review.no-changes-requested",
                        "strength": "supporting",
                        "rationale": "Objections raised in review are resolved before merge."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "partial",
                        "rationale": "Approval comes from the owners designated for each configuration item."
                    },
                    {
                        "id": "checks.required",
                        "strength": "partial",
                        "rationale": "Changes are tested before implementation (CM-3(2))."
                    },
                    {
                        "id": "change.ticket",
                        "strength": "partial",
                        "rationale": "Changes are documented and linked to a request (CM-3c/d)."
                    },
                    {
                        "id": "change.emergency",
                        "strength": "partial",
                        "rationale": "Emergency changes are recorded with what was waived and need retrospective review."
                    },
                    {
                        "id": "change.unreviewed-push",
                        "strength": "partial",
                        "rationale": "Unapproved changes that reached the branch are detected."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "supporting",
                        "rationale": "The branch rules that enforce the change-control process are checked."
                    },
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "AI-system changes get the extra approvals and artefacts the policy requires."
                    }
                ],
                "elsewhere": "The configuration control board (or equivalent) charter and changes made outside the repository."
            },
            {
                "id": "CM-4",
                "title": "Impact Analyses",
                "controls": [
                    {
                        "id": "ai.change-governance",
                        "strength": "partial",
                        "rationale": "AI-system changes must update their impact-assessment document when the policy requires it."
                    },
                    {
                        "id": "iac.encryption",
                        "strength": "supporting",
                        "rationale": "The security impact of infrastructure changes on encryption is analysed automatically."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Automated analyses run as required checks passed."
                    }
                ],
                "elsewhere": "Security and privacy impact analyses for changes beyond what automation covers."
            },
            {
                "id": "CM-5",
                "title": "Access Restrictions for Change",
                "controls": [
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "Changes to the protected branch are restricted to reviewed pull requests; force pushes and deletion are forbidden."
                    },
                    {
                        "id": "review.codeowners",
                        "strength": "supporting",
                        "rationale": "Changes to owned paths need their owners' approval."
                    }
                ],
                "elsewhere": "Access restrictions for changes to production systems (deployment credentials, cloud IAM)."
            },
            {
                "id": "CM-6",
                "title": "Configuration Settings",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Encryption settings of declared resources are checked against secure values."
                    }
                ],
                "elsewhere": "Configuration settings of systems not described in infrastructure code."
            },
            {
                "id": "CM-8",
                "title": "System Component Inventory",
                "controls": [],
                "elsewhere": "The inventory of system components and its reconciliation."
            },
            {
                "id": "IA-5",
                "title": "Authenticator Management",
                "controls": [
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "partial",
                        "rationale": "No unencrypted static authenticators are embedded in code (IA-5(7))."
                    }
                ],
                "elsewhere": "Issuance, rotation and revocation records of authenticators."
            },
            {
                "id": "RA-5",
                "title": "Vulnerability Monitoring and Scanning",
                "controls": [],
                "elsewhere": "Vulnerability scan reports and remediation tracking."
            },
            {
                "id": "SA-10",
                "title": "Developer Configuration Management",
                "controls": [
                    {
                        "id": "review.approvals",
                        "strength": "partial",
                        "rationale": "Changes to the system are controlled and approved during development (SA-10b)."
                    },
                    {
                        "id": "branch.protection",
                        "strength": "partial",
                        "rationale": "Integrity of the configuration-managed branch is protected."
                    },
                    {
                        "id": "commits.signed",
                        "strength": "partial",
                        "rationale": "Software integrity is verified through commit signatures (SA-10(1))."
                    },
                    {
                        "id": "checks.required",
                        "strength": "supporting",
                        "rationale": "Security flaws are tracked through required checks."
                    },
                    {
                        "id": "change.ticket",
                        "strength": "supporting",
                        "rationale": "Approved changes are documented (SA-10c)."
                    }
                ],
                "elsewhere": "Configuration management of developer tooling and build systems."
            },
            {
                "id": "SA-11",
                "title": "Developer Testing and Evaluation",
                "controls": [
                    {
                        "id": "checks.required",
                        "strength": "partial",
                        "rationale": "The test and evaluation results required by the branch rules succeeded."
                    }
                ],
                "elsewhere": "The security assessment plan and evidence of flaw remediation."
            },
            {
                "id": "SC-8",
                "title": "Transmission Confidentiality and Integrity",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "partial",
                        "rationale": "Endpoints, load balancers and caches declared in changed infrastructure code require TLS."
                    }
                ],
                "elsewhere": "Transport security of systems not declared in this repository."
            },
            {
                "id": "SC-12",
                "title": "Cryptographic Key Establishment and Management",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "supporting",
                        "rationale": "With require-cmk, resources must use customer-managed keys."
                    }
                ],
                "elsewhere": "Key management procedures (generation, rotation, destruction)."
            },
            {
                "id": "SC-28",
                "title": "Protection of Information at Rest",
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "direct",
                        "rationale": "Storage, databases and queues in changed infrastructure code are encrypted at rest."
                    }
                ],
                "elsewhere": "Encryption at rest of systems not declared in infrastructure code."
            },
            {
                "id": "SI-7",
                "title": "Software, Firmware, and Information Integrity",
                "controls": [
                    {
                        "id": "commits.signed",
                        "strength": "supporting",
                        "rationale": "Verified commit signatures detect unauthorised changes to software source."
                    }
                ],
                "elsewhere": "Integrity verification of deployed artefacts (signed builds, attestations)."
            }
        ]
    },
    {
        "file": "difc-dp-2020.yml",
        "id": "difc",
        "framework": "DIFC Data Protection Law 2020",
        "title": "DIFC Data Protection Law 2020 (DIFC Law No. 5 of 2020)",
        "source": {
            "title": "DIFC Commissioner of Data Protection — Data Export & Sharing",
            "url": "https://www.difc.ae/business/operating/data-protection/data-export-and-sharing/"
        },
        "requirements": [
            {
                "id": "Art. 10",
                "title": "Lawful processing — personal data is processed only on one of the listed legal bases",
                "source": {
                    "title": "DLA Piper Data Protection Laws of the World — UAE, Dubai (DIFC), Collection & Processing",
                    "url": "https://www.dlapiperdataprotection.com/index.html?t=collection-and-processing&c=AE2"
                },
                "controls": [],
                "elsewhere": "Records of processing naming the legal basis of each processing activity."
            },
            {
                "id": "Art. 26",
                "title": "Transfers out of the DIFC only to jurisdictions with an adequate level of protection",
                "source": {
                    "title": "DIFC — Data Export & Sharing (\"In accordance with Article 26 of the DP Law 2020 …\")",
                    "url": "https://www.difc.ae/business/operating/data-protection/data-export-and-sharing/"
                },
                "controls": [
                    {
                        "id": "iac.data-residency",
                        "strength": "supporting",
                        "rationale": "Resources in changed infrastructure code are declared only in the allowed regions, so where data is stored stays within the jurisdictions the team's transfer assessment covers. Note that onshore UAE regions are themselves outside the DIFC: the region list does not replace that assessment."
                    }
                ],
                "elsewhere": "The transfer assessment (adequacy decision relied on, or Article 27 safeguard) for each destination, including onshore UAE."
            },
            {
                "id": "Art. 27",
                "title": "Transfers without adequacy only with appropriate safeguards (e.g. DIFC standard contractual clauses, binding corporate rules) or a specific derogation",
                "source": {
                    "title": "DIFC — Data Export & Sharing; DLA Piper — UAE, Dubai (DIFC), Transfer",
                    "url": "https://www.dlapiperdataprotection.com/index.html?t=transfer&c=AE2"
                },
                "controls": [],
                "elsewhere": "Signed DIFC SCCs or approved binding corporate rules, or the documented derogation, per transfer."
            },
            {
                "id": "Art. 28",
                "title": "Sharing personal data with government authorities only with written assurances or a documented risk self-assessment",
                "source": {
                    "title": "DIFC — Data Export & Sharing (Article 28(1) and 28(2))",
                    "url": "https://www.difc.ae/business/operating/data-protection/data-export-and-sharing/"
                },
                "controls": [],
                "elsewhere": "The Article 28 MOU or self-assessment for each request from an authority."
            }
        ]
    },
    {
        "file": "apec-cbpr.yml",
        "id": "apec-cbpr",
        "framework": "APEC CBPR",
        "title": "APEC Cross-Border Privacy Rules (CBPR) System — Program Requirements",
        "source": {
            "title": "APEC Cross-Border Privacy Rules System Program Requirements (public copy of the APEC document; sections Notice … Security Safeguards … Accountability)",
            "url": "https://vdocuments.us/apec-order-rivacy-rules-system-rogram-requirements-border-2012-12-26-page.html"
        },
        "requirements": [
            {
                "id": "Security Safeguards",
                "title": "Personal information is protected by safeguards proportional to the risk (e.g. authentication, encryption, audit logging)",
                "source": {
                    "title": "APEC CBPR System Program Requirements, section \"Security Safeguards\"",
                    "url": "https://vdocuments.us/apec-order-rivacy-rules-system-rogram-requirements-border-2012-12-26-page.html"
                },
                "controls": [
                    {
                        "id": "iac.encryption",
                        "strength": "supporting",
                        "rationale": "Stores of personal information declared in changed infrastructure code are encrypted."
                    },
                    {
                        "id": "secrets.no-new-secrets",
                        "strength": "supporting",
                        "rationale": "Credentials that guard personal information are not exposed in source code."
                    }
                ],
                "elsewhere": "The written security policy, risk assessment and the safeguards on systems outside this repository, as the Accountability Agent reviews them."
            }
        ]
    }
];

;// CONCATENATED MODULE: ./src/catalog/index.ts


function findFramework(id, catalog = CATALOG) {
    const key = id.toLowerCase();
    return catalog.find(f => f.id === key || f.file === key || f.file === `${key}.yml`);
}
/** Every requirement a control evidences, in catalog order. */
function requirementsFor(controlId, catalog = catalog_generated_CATALOG) {
    const out = [];
    for (const f of catalog) {
        for (const r of f.requirements) {
            for (const c of r.controls) {
                if (c.id === controlId)
                    out.push({ framework: f.id, id: r.id, strength: c.strength, rationale: c.rationale });
            }
        }
    }
    return out;
}
/** A control's mappings (framework name → requirement ids), derived from the catalog. */
function mappingsFor(controlId, catalog = catalog_generated_CATALOG) {
    const out = [];
    for (const f of catalog) {
        const ids = f.requirements.filter(r => r.controls.some(c => c.id === controlId)).map(r => r.id);
        if (ids.length > 0)
            out.push({ framework: f.framework, controls: ids });
    }
    return out;
}


/***/ }),

/***/ 6488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ control),
/* harmony export */   kO: () => (/* binding */ emergencyWaiver)
/* harmony export */ });
/* unused harmony export EMERGENCY_DEFAULTS */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21023);
/* harmony import */ var _lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45255);


const EMERGENCY_DEFAULTS = {
    label: 'emergency-change',
    waives: ['review.approvals', 'review.last-push', 'review.codeowners'],
    'retro-approval-hours': 72
};
/**
 * Pure: does the emergency waiver apply to this record? The engine calls this with change.emergency's
 * resolved params (missing keys take the defaults) and, when active, sets the listed controls' verdicts to
 * pass with `waived: { by: 'change.emergency', reason: … }`. Label comparison is case-insensitive, as
 * GitHub label names are.
 */
function emergencyWaiver(record, params = {}) {
    const label = params.label ?? EMERGENCY_DEFAULTS.label;
    const waives = [...(params.waives ?? EMERGENCY_DEFAULTS.waives)];
    const labels = record.pull_request.value?.labels ?? [];
    const active = !!label && labels.some(l => l.toLowerCase() === label.toLowerCase());
    return { active, label, waives };
}
const EVIDENCE = ['/pull_request/value/labels', '/pull_request/value/merged_at', '/reviews', '/permissions'];
const control = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineControl */ .X)({
    meta: {
        id: 'change.emergency',
        needs: [],
        title: 'Emergency change',
        question: 'If this is an emergency change, was it approved by someone independent within the window after merge?',
        rationale: 'Emergency changes may bypass the normal pre-merge review to restore service, but change management still ' +
            'requires that they are recorded as such and authorised retrospectively within a set time. The label makes ' +
            'the emergency explicit in the evidence; the waived controls are reported as waived, not silently passed.',
        defaults: EMERGENCY_DEFAULTS,
        paramsSchema: {
            label: { type: 'string', minLength: 1, default: 'emergency-change', description: 'PR label that marks an emergency change.' },
            waives: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: ['review.approvals', 'review.last-push', 'review.codeowners'],
                description: 'Control ids waived (reported as pass with `waived`) while the label is on the PR.'
            },
            'retro-approval-hours': {
                type: 'number',
                exclusiveMinimum: 0,
                default: 72,
                description: 'Hours after merge within which an independent approval (a review submitted after the merge) is required.'
            }
        },
        remedy: 'Have a reviewer with write access who did not author the change approve the merged pull request (Files changed → Review changes → Approve) within the retrospective window.'
    },
    evaluate(record, params) {
        const pr = record.pull_request;
        if (!pr.value) {
            if (pr.state === 'not_collected')
                return { status: 'not_applicable', reason: 'No pull request is under judgement.' };
            return {
                status: 'not_verified',
                reason: `The pull request could not be read, so its labels are unknown: ${pr.missing?.reason ?? pr.state}.`,
                remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
                evidence: ['/pull_request']
            };
        }
        const waiver = emergencyWaiver(record, params);
        if (!waiver.active)
            return { status: 'not_applicable', reason: `Not an emergency change (no "${waiver.label}" label).` };
        const hours = params['retro-approval-hours'] ?? EMERGENCY_DEFAULTS['retro-approval-hours'];
        const waivedText = waiver.waives.length ? `waives ${waiver.waives.join(', ')}` : 'waives no control';
        const info = {
            status: 'pass',
            subject: 'emergency',
            message: `Emergency change: labelled "${waiver.label}"; ${waivedText}.`,
            data: { label: waiver.label, waives: waiver.waives }
        };
        const p = pr.value;
        if (!p.merged) {
            if (p.state === 'closed')
                return { status: 'not_applicable', reason: `Emergency-labelled PR #${p.number} was closed without merging.`, findings: [info] };
            return {
                status: 'pass',
                reason: `Emergency change (label "${waiver.label}", ${waivedText}): retrospective approval due within ${hours} h of merge.`,
                evidence: EVIDENCE,
                findings: [info]
            };
        }
        const mergedAt = p.merged_at ? Date.parse(p.merged_at) : NaN;
        if (Number.isNaN(mergedAt)) {
            return {
                status: 'not_verified',
                reason: 'The emergency PR is merged but its merge time is unknown, so the retrospective window cannot be placed.',
                remedy: 'Re-run so the pull request is read in full.',
                evidence: EVIDENCE,
                findings: [info]
            };
        }
        const deadline = mergedAt + hours * 3_600_000;
        const deadlineIso = new Date(deadline).toISOString();
        const problem = (0,_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewsProblem */ .B6)(record);
        if (problem) {
            return {
                status: 'not_verified',
                reason: `Retrospective approval cannot be checked: ${problem.reason}.`,
                remedy: problem.remedy,
                evidence: EVIDENCE,
                findings: [info]
            };
        }
        const who = (0,_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .contributors */ .pJ)(record);
        const findings = [info];
        let unknownCount = 0;
        let qualifying = null;
        for (const s of (0,_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewerStates */ .gj)(record.reviews.value ?? [])) {
            if (s.state !== 'APPROVED' || !s.review?.submitted_at)
                continue;
            const at = Date.parse(s.review.submitted_at);
            if (!(at > mergedAt))
                continue; // approvals before the merge are the normal review, waived here
            if (at > deadline) {
                findings.push({
                    status: 'fail',
                    subject: s.login,
                    message: `${s.login} approved at ${s.review.submitted_at}, after the window closed at ${deadlineIso}.`
                });
                continue;
            }
            const j = (0,_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeApproval */ .bA)(record, s, who, { requireHeadCommit: false, excludeBots: true });
            if (j.counts === 'yes') {
                qualifying ??= s.login;
                findings.push({ status: 'pass', subject: s.login, message: `${s.login} approved retrospectively at ${s.review.submitted_at}.` });
            }
            else if (j.counts === 'no') {
                findings.push({
                    status: 'fail',
                    subject: s.login,
                    message: `${s.login}'s retrospective approval does not count: ${j.reasons.map(r => _lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .DISQUALIFICATION_TEXT */ .Op[r]).join('; ')}.`
                });
            }
            else {
                unknownCount++;
                findings.push({ status: 'not_verified', subject: s.login, message: `${s.login}'s retrospective approval may not count: ${j.unknown.join('; ')}.` });
            }
        }
        if (qualifying) {
            return {
                status: 'pass',
                reason: `Emergency change merged at ${p.merged_at}; ${qualifying} approved it retrospectively within ${hours} h.`,
                evidence: EVIDENCE,
                findings
            };
        }
        if (unknownCount > 0) {
            return {
                status: 'not_verified',
                reason: `Emergency change merged at ${p.merged_at}: a retrospective approval exists but whether it is independent and by someone with write access is unknown.`,
                remedy: "Let the token read the approver's repository permission and the PR's commits, then re-run.",
                evidence: EVIDENCE,
                findings
            };
        }
        const now = Date.parse(record.collected_at);
        if (now > deadline) {
            return {
                status: 'fail',
                reason: `Emergency change merged at ${p.merged_at} got no independent retrospective approval within ${hours} h (window closed ${deadlineIso}).`,
                evidence: EVIDENCE,
                findings
            };
        }
        return {
            status: 'not_verified',
            reason: `Retrospective approval due by ${deadlineIso} (emergency change merged at ${p.merged_at}; no independent approval after the merge yet).`,
            remedy: `Get an independent approval on PR #${p.number} before ${deadlineIso}, then re-run the audit.`,
            evidence: EVIDENCE,
            findings
        };
    }
});


/***/ }),

/***/ 30578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ CONTROLS)
});

// EXTERNAL MODULE: ./src/controls/types.ts
var types = __webpack_require__(21023);
// EXTERNAL MODULE: ./src/controls/lib/reviews.ts
var lib_reviews = __webpack_require__(45255);
;// CONCATENATED MODULE: ./src/controls/review-approvals.ts


const EVIDENCE = ['/reviews', '/permissions', '/pull_request/value/author', '/commits', '/subject/head_sha'];
const control = (0,types/* defineControl */.X)({
    meta: {
        id: 'review.approvals',
        needs: [],
        title: 'Independent approvals',
        question: 'Did enough people independent of the change, with write access, approve the commit being merged?',
        rationale: 'Change management requires that someone other than the authors reviews and authorises a change before it ' +
            "reaches production. An approval counts only when it is the reviewer's latest decision, covers the head " +
            'commit, comes from a person (not a bot) who wrote none of the commits, and that person holds write, ' +
            'maintain or admin on the repository; for a merged pull request, it was submitted before the merge.',
        defaults: { count: 1, 'require-head-commit': true, 'exclude-bots': true },
        paramsSchema: {
            count: {
                type: 'integer',
                minimum: 1,
                default: 1,
                description: 'Number of qualifying approvals required.'
            },
            'require-head-commit': {
                type: 'boolean',
                default: true,
                description: 'Count only approvals of the PR head commit. An approval whose commit_id is null or an earlier commit is stale.'
            },
            'exclude-bots': {
                type: 'boolean',
                default: true,
                description: 'Never count approvals by bots (user type Bot or a login ending in [bot]).'
            }
        },
        remedy: 'Ask a reviewer with write access who did not author or co-author any commit of this pull request to approve its head commit.'
    },
    evaluate(record, params) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' };
        }
        const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
        if (problem) {
            return {
                status: 'not_verified',
                reason: `Approvals cannot be counted: ${problem.reason}.`,
                remedy: problem.remedy,
                evidence: ['/reviews']
            };
        }
        const who = (0,lib_reviews/* contributors */.pJ)(record);
        const states = (0,lib_reviews/* reviewerStates */.gj)((0,lib_reviews/* reviewsAtMerge */.rl)(record));
        const judged = [];
        const findings = [];
        for (const s of states) {
            if (s.state === 'APPROVED') {
                const j = (0,lib_reviews/* judgeApproval */.bA)(record, s, who, {
                    requireHeadCommit: params['require-head-commit'],
                    excludeBots: params['exclude-bots']
                });
                judged.push(j);
                findings.push(approvalFinding(j));
            }
            else if (s.approvedEarlier && s.state === 'CHANGES_REQUESTED') {
                findings.push({
                    status: 'fail',
                    subject: s.login,
                    message: `${s.login}'s approval was superseded: their latest review requests changes.`,
                    data: { latest_state: s.state, review_id: s.review?.id }
                });
            }
            else if (s.state === 'DISMISSED') {
                findings.push({
                    status: 'fail',
                    subject: s.login,
                    message: `${s.login}'s review was dismissed; a dismissed approval does not count.`,
                    data: { latest_state: s.state, review_id: s.review?.id }
                });
            }
        }
        // An approval given after the merge approved nothing that gated it: shown, never counted (reviewsAtMerge).
        for (const r of (0,lib_reviews/* reviewsAfterMerge */.YD)(record)) {
            if (String(r.state).toUpperCase() !== 'APPROVED' || !r.user?.login)
                continue;
            findings.push({
                status: 'fail',
                subject: r.user.login,
                message: `${r.user.login} approved at ${r.submitted_at}, after the merge at ${record.pull_request.value?.merged_at}: an approval after the merge does not count as review before it.`,
                data: { review_id: r.id, submitted_at: r.submitted_at ?? null }
            });
        }
        const good = judged.filter(j => j.counts === 'yes');
        const unknown = judged.filter(j => j.counts === 'unknown');
        const need = params.count;
        const notes = who.unresolvedCoAuthors.length
            ? ` Co-authors not matched to a GitHub account (independence checked by e-mail only): ${who.unresolvedCoAuthors.join(', ')}.`
            : '';
        const countText = `${good.length} of ${need} required approval${need === 1 ? '' : 's'}`;
        if (good.length >= need) {
            return {
                status: 'pass',
                reason: `${countText} qualify (${good.map(j => j.login).join(', ')}).${notes}`,
                evidence: EVIDENCE,
                findings
            };
        }
        if (good.length + unknown.length >= need) {
            const missingPerm = unknown.some(j => j.unknown.some(u => u.startsWith('repository')));
            return {
                status: 'not_verified',
                reason: `${countText} are confirmed; ${unknown.map(j => `${j.login} (${j.unknown.join('; ')})`).join(', ')} ` + `could not be judged.${notes}`,
                remedy: missingPerm
                    ? (0,lib_reviews/* permissionsRemedy */.VH)(record)
                    : (record.commits.missing?.remedy ?? record.pull_request.missing?.remedy ?? 'Re-run once the pull request and all its commits can be read.'),
                evidence: EVIDENCE,
                findings
            };
        }
        const notCounted = findings.filter(f => f.status !== 'pass');
        return {
            status: 'fail',
            reason: `${countText} qualify.` +
                (notCounted.length
                    ? ` Not counted: ${notCounted.map(f => f.message).join(' ')}`
                    : good.length === 0
                        ? ' No one has approved.'
                        : ` ${need - good.length} more approval${need - good.length === 1 ? '' : 's'} needed (${good.map(j => j.login).join(', ')} counted).`) +
                notes,
            evidence: EVIDENCE,
            findings
        };
    }
});
function approvalFinding(j) {
    const data = {
        review_id: j.review.id,
        commit_id: j.review.commit_id,
        permission: j.permission?.permission ?? null,
        role_name: j.permission?.role_name ?? null,
        reasons: j.reasons
    };
    if (j.counts === 'yes') {
        return { status: 'pass', subject: j.login, message: `${j.login} approved the head commit and qualifies.`, data };
    }
    if (j.counts === 'no') {
        return {
            status: 'fail',
            subject: j.login,
            message: `${j.login}'s approval does not count: ${j.reasons.map(r => lib_reviews/* DISQUALIFICATION_TEXT */.Op[r]).join('; ')}.`,
            data
        };
    }
    return {
        status: 'not_verified',
        subject: j.login,
        message: `${j.login}'s approval could not be judged: ${j.unknown.join('; ')}.`,
        data
    };
}

;// CONCATENATED MODULE: ./src/controls/review-last-push.ts


/** GitHub's committer for commits made in the web UI or by merges/rebases done by GitHub. */
const WEB_FLOW = 'web-flow';
/** Who pushed the head commit, per issue 11: synchronize sender, else the head commit's committer (author when web-flow). */
function lastPusher(record) {
    const ev = record.event;
    const head = (0,lib_reviews/* headSha */.xF)(record);
    if ((ev.name === 'pull_request' || ev.name === 'pull_request_target') &&
        ev.action === 'synchronize' &&
        ev.sender &&
        (!ev.pushed_sha || ev.pushed_sha === head)) {
        return { login: ev.sender, source: `sender of the ${ev.name} synchronize event` };
    }
    const commits = record.commits.value;
    if (!commits) {
        return { login: null, source: 'head commit', reason: `the PR's commits are ${record.commits.state}` };
    }
    const c = commits.find(x => x.sha === head);
    if (!c)
        return { login: null, source: 'head commit', reason: `the head commit ${head.slice(0, 12)} is not among the collected commits` };
    const committer = c.committer.login;
    if (committer && !(0,lib_reviews/* sameLogin */.Up)(committer, WEB_FLOW)) {
        return { login: committer, source: `committer of head commit ${head.slice(0, 12)}` };
    }
    if (c.author.login) {
        return {
            login: c.author.login,
            source: committer
                ? `author of head commit ${head.slice(0, 12)} (committed by GitHub's web-flow)`
                : `author of head commit ${head.slice(0, 12)} (committer not linked to an account)`
        };
    }
    return {
        login: null,
        source: 'head commit',
        reason: `neither the committer nor the author of head commit ${head.slice(0, 12)} is linked to a GitHub account`
    };
}
const review_last_push_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'review.last-push',
        needs: [],
        title: 'Approval after the last push',
        question: 'Did someone other than the person who pushed the last commit approve the pull request after that push?',
        rationale: "Without this, a reviewer's approval can be followed by an unreviewed push from the author (or anyone with " +
            'push access) that is then merged. Requiring an approval of the head commit by someone other than its pusher ' +
            'means every change that is merged has been seen by a second person.',
        defaults: { 'exclude-bots': true },
        paramsSchema: {
            'exclude-bots': {
                type: 'boolean',
                default: true,
                description: 'Never count approvals by bots (user type Bot or a login ending in [bot]).'
            }
        },
        remedy: 'Ask a reviewer with write access, other than the person who pushed the last commit and the commit authors, to approve the head commit.'
    },
    evaluate(record, params) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' };
        }
        const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
        if (problem) {
            return { status: 'not_verified', reason: `Approvals cannot be judged: ${problem.reason}.`, remedy: problem.remedy, evidence: ['/reviews'] };
        }
        const pusher = lastPusher(record);
        const evidence = ['/event', '/commits', '/reviews', '/permissions', '/subject/head_sha'];
        if (!pusher.login) {
            return {
                status: 'not_verified',
                reason: `The person who pushed the last commit is unknown: ${pusher.reason}.`,
                remedy: 'Run the gate on the pull_request synchronize event (its sender is the pusher), or make sure the PR commits are readable (pull-requests: read) and the committer e-mail is linked to a GitHub account.',
                evidence
            };
        }
        const who = (0,lib_reviews/* contributors */.pJ)(record);
        const findings = [];
        let good = [];
        const unknown = [];
        for (const s of (0,lib_reviews/* reviewerStates */.gj)((0,lib_reviews/* reviewsAtMerge */.rl)(record))) {
            if (s.state !== 'APPROVED')
                continue;
            if ((0,lib_reviews/* sameLogin */.Up)(s.login, pusher.login)) {
                findings.push({ status: 'fail', subject: s.login, message: `${s.login} pushed the last commit; their own approval does not count.` });
                continue;
            }
            // "After that push": only an approval of the head commit can postdate the push that created it.
            const j = (0,lib_reviews/* judgeApproval */.bA)(record, s, who, { requireHeadCommit: true, excludeBots: params['exclude-bots'] });
            if (j.counts === 'yes') {
                good = [...good, s.login];
                findings.push({ status: 'pass', subject: s.login, message: `${s.login} approved the head commit after the last push.` });
            }
            else if (j.counts === 'no') {
                findings.push({
                    status: 'fail',
                    subject: s.login,
                    message: `${s.login}'s approval does not count: ${j.reasons.map(r => lib_reviews/* DISQUALIFICATION_TEXT */.Op[r]).join('; ')}.`
                });
            }
            else {
                unknown.push(s.login);
                findings.push({ status: 'not_verified', subject: s.login, message: `${s.login}'s approval could not be judged: ${j.unknown.join('; ')}.` });
            }
        }
        const pushedBy = `${pusher.login} (${pusher.source})`;
        if (good.length > 0) {
            return { status: 'pass', reason: `Last push by ${pushedBy}; approved afterwards by ${good.join(', ')}.`, evidence, findings };
        }
        if (unknown.length > 0) {
            return {
                status: 'not_verified',
                reason: `Last push by ${pushedBy}; approvals by ${unknown.join(', ')} could not be judged.`,
                remedy: (0,lib_reviews/* permissionsRemedy */.VH)(record),
                evidence,
                findings
            };
        }
        return {
            status: 'fail',
            reason: `Last push by ${pushedBy}; no one else with write access approved the head commit after it.`,
            evidence,
            findings
        };
    }
});

;// CONCATENATED MODULE: ./src/controls/review-no-changes-requested.ts


const review_no_changes_requested_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'review.no-changes-requested',
        needs: [],
        title: 'No outstanding change requests',
        question: "Is every reviewer's latest decisive review something other than a request for changes?",
        rationale: 'A reviewer who requested changes has objected to the change. Merging over an open objection bypasses the ' +
            'review the change-management process relies on; the objection must be resolved by a new approval or a ' +
            'documented dismissal.',
        defaults: {},
        paramsSchema: {},
        remedy: 'Address the requested changes and ask the reviewer to approve, or have a maintainer dismiss the review with a reason.'
    },
    evaluate(record) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' };
        }
        const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
        if (problem) {
            return { status: 'not_verified', reason: `Reviews cannot be judged: ${problem.reason}.`, remedy: problem.remedy, evidence: ['/reviews'] };
        }
        const blocking = (0,lib_reviews/* reviewerStates */.gj)((0,lib_reviews/* reviewsAtMerge */.rl)(record)).filter(s => s.state === 'CHANGES_REQUESTED');
        const findings = blocking.map(s => ({
            status: 'fail',
            subject: s.login,
            message: `${s.login} requested changes${s.review?.submitted_at ? ` at ${s.review.submitted_at}` : ''} and has not approved or been dismissed since.`,
            data: { review_id: s.review?.id, commit_id: s.review?.commit_id ?? null }
        }));
        if (blocking.length === 0) {
            return { status: 'pass', reason: 'No reviewer has an outstanding request for changes.', evidence: ['/reviews'] };
        }
        return {
            status: 'fail',
            reason: `Changes requested by ${blocking.map(s => s.login).join(', ')}.`,
            evidence: ['/reviews'],
            findings
        };
    }
});

// EXTERNAL MODULE: ./src/codeowners/match.ts
var match = __webpack_require__(93516);
// EXTERNAL MODULE: ./src/codeowners/parse.ts
var parse = __webpack_require__(73010);
// EXTERNAL MODULE: ./src/model/facts/codeowners.ts
var codeowners = __webpack_require__(96292);
;// CONCATENATED MODULE: ./src/controls/review-codeowners.ts





const TEAM_REMEDY = 'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` (Organization → Members: read) as github-token';
const review_codeowners_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'review.codeowners',
        needs: ['codeowners'],
        title: 'Code-owner approval',
        question: 'Was every changed file that has code owners approved by one of its owners?',
        rationale: "CODEOWNERS assigns accountability for parts of the code base. Requiring an owner's approval for the files " +
            'they own ensures that changes to sensitive areas (deployment, security, infrastructure) are authorised by ' +
            'the people responsible for them. GitHub reads CODEOWNERS from the base branch, so a pull request cannot ' +
            'change its own owners.',
        defaults: { 'require-head-commit': true, 'fail-on-syntax-error': true, 'on-team-membership-unreadable': 'warn' },
        paramsSchema: {
            'require-head-commit': {
                type: 'boolean',
                default: true,
                description: 'Count only owner approvals of the PR head commit; an approval of an earlier commit (or with no commit_id) is stale.'
            },
            'fail-on-syntax-error': {
                type: 'boolean',
                default: true,
                description: 'Fail when the CODEOWNERS file on the base branch has invalid lines (GitHub skips them, so the intended owners are not enforced).'
            },
            'on-team-membership-unreadable': {
                enum: ['fail', 'warn'],
                default: 'warn',
                description: 'When the only thing left unverified is team membership (which the workflow GITHUB_TOKEN can never read), warn instead of applying on-not-verified. The verdict stays not verified and its remedy names the token to use.'
            }
        },
        remedy: 'Ask a code owner of each listed file (see CODEOWNERS on the base branch) to approve the head commit.'
    },
    evaluate(record, params) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' };
        }
        const group = record.facts.codeowners;
        if (!group || !group.value) {
            return {
                status: 'not_verified',
                reason: `CODEOWNERS could not be read: ${group?.missing?.reason ?? 'the codeowners facts were not collected'}.`,
                remedy: group?.missing?.remedy ?? 'Enable the codeowners collector (it runs when review.codeowners is enabled) and re-run.',
                evidence: ['/facts/codeowners']
            };
        }
        const facts = group.value;
        if (!facts.file) {
            return {
                status: 'not_applicable',
                reason: 'The base branch has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).',
                evidence: ['/facts/codeowners/value/file']
            };
        }
        const codeownersFile = facts.file;
        const findings = [];
        const evidence = ['/facts/codeowners', '/files', '/reviews', '/permissions', '/subject/head_sha'];
        for (const err of codeownersFile.errors) {
            findings.push({
                status: params['fail-on-syntax-error'] ? 'fail' : 'not_applicable',
                subject: codeownersFile.path,
                message: `CODEOWNERS line ${err.line}: ${err.message}`,
                location: { path: codeownersFile.path, line: err.line },
                rule: 'codeowners-syntax',
                severity: params['fail-on-syntax-error'] ? 'high' : 'info',
                remedy: `Fix line ${err.line} of ${codeownersFile.path} on the base branch.`
            });
        }
        const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
        if (problem) {
            return {
                status: findings.some(f => f.status === 'fail') ? 'fail' : 'not_verified',
                reason: `Owner approvals cannot be judged: ${problem.reason}.`,
                remedy: problem.remedy,
                evidence,
                findings
            };
        }
        const files = record.files.value;
        if (!files) {
            return {
                status: findings.some(f => f.status === 'fail') ? 'fail' : 'not_verified',
                reason: `The changed files are ${record.files.state}${record.files.missing ? `: ${record.files.missing.reason}` : ''}.`,
                remedy: record.files.missing?.remedy ?? 'Give the token `pull-requests: read` so the PR files can be listed.',
                evidence,
                findings
            };
        }
        const approvers = ownerApprovers(record, params['require-head-commit']);
        const compiled = (0,match/* compileRules */.nb)(codeownersFile.rules);
        let owned = 0;
        for (const f of files) {
            const paths = f.previous_path && f.previous_path !== f.path ? [f.path, f.previous_path] : [f.path];
            const finding = judgeFile(record, facts, compiled, paths, approvers);
            if (finding) {
                owned++;
                findings.push(finding);
            }
        }
        const syntaxFails = findings.filter(x => x.status === 'fail' && x.rule === 'codeowners-syntax');
        const fails = findings.filter(x => x.status === 'fail' && x.rule !== 'codeowners-syntax');
        const unknown = findings.filter(x => x.status === 'not_verified');
        const truncated = record.files.state === 'partial';
        const summary = `${owned} of ${files.length} changed file${files.length === 1 ? '' : 's'} have code owners (${codeownersFile.path} at ${codeownersFile.ref.slice(0, 12)})`;
        if (fails.length > 0 || syntaxFails.length > 0) {
            const parts = [
                ...(fails.length ? [`${fails.length} without an owner's approval: ${fails.map(x => x.subject).join(', ')}`] : []),
                ...(syntaxFails.length
                    ? [
                        `${codeownersFile.path} has ${syntaxFails.length} invalid line${syntaxFails.length === 1 ? '' : 's'} (${syntaxFails.map(x => x.location?.line).join(', ')}) that GitHub skips`
                    ]
                    : [])
            ];
            return {
                status: 'fail',
                reason: `${summary}; ${parts.join('; ')}.`,
                evidence,
                findings
            };
        }
        if (unknown.length > 0 || truncated) {
            const remedies = [...new Set(unknown.map(x => x.remedy).filter((r) => !!r))];
            return {
                status: 'not_verified',
                reason: `${summary}; ` +
                    (unknown.length ? `owner approval could not be confirmed for ${unknown.map(x => x.subject).join(', ')}` : 'no file failed') +
                    (truncated ? `; the changed-file list is incomplete (${record.files.missing?.reason ?? 'partial'})` : '') +
                    '.',
                remedy: [...remedies, ...(truncated ? [record.files.missing?.remedy ?? 'Judge the full file list from a checkout.'] : [])].join(' ') || undefined,
                evidence,
                findings,
                ...(!truncated && params['on-team-membership-unreadable'] === 'warn' && unknown.every(x => x.data?.team_membership_unreadable === true)
                    ? { notVerifiedEscalation: 'warn' }
                    : {})
            };
        }
        return {
            status: 'pass',
            reason: owned === 0 ? `${summary}; no owner approval is needed.` : `${summary}; each was approved by an owner.`,
            evidence,
            findings
        };
    }
});
/** Reviewers whose latest decisive review approves (the head commit when required), excluding the PR author. */
function ownerApprovers(record, requireHead) {
    const head = (0,lib_reviews/* headSha */.xF)(record);
    const author = record.pull_request.value?.author.login ?? null;
    return (0,lib_reviews/* reviewerStates */.gj)((0,lib_reviews/* reviewsAtMerge */.rl)(record))
        .filter(s => s.state === 'APPROVED' && !(0,lib_reviews/* sameLogin */.Up)(s.login, author))
        .filter(s => !requireHead || (s.review?.commit_id && s.review.commit_id === head))
        .map(s => ({ login: s.login, writes: (0,lib_reviews/* permissionQualifies */.BQ)((0,lib_reviews/* permissionOf */.Fp)(record, s.login)) }));
}
function judgeUser(record, login, approvers, via) {
    const a = approvers.find(x => (0,lib_reviews/* sameLogin */.Up)(x.login, login));
    if (!a)
        return { status: 'unsatisfied', note: `${via} has not approved the head commit` };
    if (a.writes === 'yes')
        return { status: 'satisfied', note: `${via} approved` };
    if (a.writes === 'no')
        return { status: 'ignored', note: `${via} approved but lacks write access, so GitHub ignores them as an owner` };
    return { status: 'unknown', note: `${via} approved but their repository permission is unknown`, remedy: (0,lib_reviews/* permissionsRemedy */.VH)(record) };
}
function judgeOwner(record, facts, owner, approvers) {
    const ref = (0,parse/* parseOwner */.pZ)(owner);
    if (!ref)
        return { status: 'ignored', note: `${owner} is not a valid owner` };
    if (ref.kind === 'user')
        return judgeUser(record, ref.login, approvers, owner);
    if (ref.kind === 'email') {
        const login = (0,lib_reviews/* loginForEmail */.zq)(record, ref.email);
        if (!login) {
            return {
                status: 'unknown',
                note: `${owner} cannot be resolved to a GitHub account from the record`,
                remedy: `Name the owner by @username in CODEOWNERS instead of ${owner}.`
            };
        }
        return judgeUser(record, login, approvers, `${owner} (@${login})`);
    }
    const key = (0,codeowners/* teamKey */.r)(ref.org, ref.slug);
    const team = facts.teams[key];
    if (!team) {
        return { status: 'unknown', note: `facts for ${owner} were not collected`, remedy: TEAM_REMEDY, teamUnreadable: true };
    }
    if (team.not_needed)
        return { status: 'unsatisfied', note: `no approval by a member of ${owner} could decide this file (not looked up)` };
    if (team.has_write === false) {
        return { status: 'ignored', note: `${owner} has no write access to the repository, so GitHub ignores it as an owner` };
    }
    if (team.members) {
        const member = approvers.find(a => team.members.some(m => (0,lib_reviews/* sameLogin */.Up)(m, a.login)));
        if (member && team.has_write === true)
            return { status: 'satisfied', note: `${member.login} (member of ${owner}) approved` };
        if (member) {
            return {
                status: 'unknown',
                note: `${member.login} (member of ${owner}) approved, but the team's write access is unknown${team.missing ? ` (${team.missing.reason})` : ''}`,
                remedy: team.missing?.remedy ?? TEAM_REMEDY,
                teamUnreadable: true
            };
        }
        return { status: 'unsatisfied', note: `no member of ${owner} has approved the head commit` };
    }
    return {
        status: 'unknown',
        note: `membership of ${owner} is unreadable${team.missing ? ` (${team.missing.reason})` : ''}`,
        remedy: team.missing?.remedy ?? TEAM_REMEDY,
        teamUnreadable: true
    };
}
/** A finding for a file with owners, or null when none of its paths has owners. */
function judgeFile(record, facts, compiled, paths, approvers) {
    const subject = paths[0];
    const perPath = [];
    for (const path of paths) {
        const rule = (0,match/* matchingRule */.wn)(compiled, path);
        if (!rule || rule.owners.length === 0)
            continue;
        const outcomes = rule.owners.map(o => judgeOwner(record, facts, o, approvers));
        const notes = outcomes.map(o => o.note);
        let status;
        let remedy;
        let teamOnly;
        if (outcomes.some(o => o.status === 'satisfied'))
            status = 'pass';
        else if (outcomes.some(o => o.status === 'unknown')) {
            status = 'not_verified';
            remedy = outcomes.find(o => o.status === 'unknown')?.remedy;
            teamOnly = outcomes.filter(o => o.status === 'unknown').every(o => o.teamUnreadable);
        }
        else
            status = 'fail';
        if (status === 'fail' && outcomes.every(o => o.status === 'ignored')) {
            notes.push('no listed owner can approve; fix CODEOWNERS so that this path has an owner with write access');
        }
        perPath.push({ path, line: rule.line, owners: rule.owners, status, notes, remedy, teamOnly });
    }
    if (perPath.length === 0)
        return null;
    const status = perPath.some(p => p.status === 'fail') ? 'fail' : perPath.some(p => p.status === 'not_verified') ? 'not_verified' : 'pass';
    const describe = (p) => `${p.path !== subject ? `previous path ${p.path}: ` : ''}owners ${p.owners.join(' ')} (CODEOWNERS line ${p.line}): ${p.notes.join('; ')}`;
    return {
        status,
        subject,
        message: perPath.map(describe).join('. ') + '.',
        location: { path: subject },
        remedy: status === 'not_verified' ? perPath.find(p => p.remedy)?.remedy : undefined,
        data: {
            owners: perPath.map(p => ({ path: p.path, line: p.line, owners: p.owners, status: p.status })),
            ...(status === 'not_verified' ? { team_membership_unreadable: perPath.filter(p => p.status === 'not_verified').every(p => p.teamOnly) } : {})
        }
    };
}

// EXTERNAL MODULE: ./src/controls/lib/protection.ts
var protection = __webpack_require__(7915);
// EXTERNAL MODULE: ./src/model/facts/branch-rules.ts
var branch_rules = __webpack_require__(86703);
;// CONCATENATED MODULE: ./src/controls/branch-protection.ts



function decide(req, rules, classic) {
    const r = rules.value;
    if (r && req.satisfied(r)) {
        return {
            status: 'pass',
            by: 'rulesets',
            message: `Required ${req.text}: met by ruleset(s) ${r.ruleset_ids.join(', ') || '(ids not given)'} (${req.actual(r)}).`
        };
    }
    const rulesDecided = rules.state === 'complete' && r !== null;
    const rulesSay = r ? `rulesets: ${req.actual(r)}` : `rulesets unreadable (${rules.missing?.reason ?? rules.state})`;
    const c = classic.value;
    if (c && c.protected) {
        if (req.satisfied(c))
            return { status: 'pass', by: 'classic', message: `Required ${req.text}: met by classic branch protection (${req.actual(c)}).` };
        if (rulesDecided) {
            return { status: 'fail', by: 'classic', message: `Required ${req.text}: not met (${rulesSay}; classic protection: ${req.actual(c)}).` };
        }
        return { status: 'not_verified', by: null, message: `Required ${req.text}: classic protection does not meet it (${req.actual(c)}) and the ${rulesSay}.` };
    }
    if (c && !c.protected) {
        if (rulesDecided)
            return { status: 'fail', by: null, message: `Required ${req.text}: not met (${rulesSay}; no classic protection).` };
        return { status: 'not_verified', by: null, message: `Required ${req.text}: no classic protection and the ${rulesSay}.` };
    }
    return {
        status: 'not_verified',
        by: null,
        message: `Required ${req.text}: no ruleset meets it (${rulesSay}) and classic protection could not be read (${classic.missing?.reason ?? classic.state}).`
    };
}
const branch_protection_EVIDENCE = [`/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}/value/rules`, `/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}/value/classic`];
const branch_protection_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'branch.protection',
        needs: ['branch_rules'],
        title: 'Branch protection',
        question: 'Is the target branch protected as the policy requires (reviews, stale-approval handling, no force push, no deletion …)?',
        rationale: 'Branch protection is what makes review and checks mandatory: without it anyone with write access can push ' +
            'or force-push to the branch and bypass every other control. Auditors test that the protection was in force ' +
            'when the change was merged; the rules read are kept in the record as a snapshot.',
        defaults: {
            'min-approvals': 1,
            'require-dismiss-stale-or-last-push': true,
            'require-code-owner-review': false,
            'require-last-push-approval': false,
            'require-status-checks': false,
            'forbid-force-push': true,
            'forbid-deletion': true,
            'require-signed-commits': false
        },
        paramsSchema: {
            'min-approvals': {
                type: 'integer',
                minimum: 0,
                maximum: 10,
                default: 1,
                description: 'Minimum number of approving reviews the branch rules must require before merging (0: do not check).'
            },
            'require-dismiss-stale-or-last-push': {
                type: 'boolean',
                default: true,
                description: 'Require that the rules either dismiss stale approvals on push or require approval of the most recent push; either satisfies.'
            },
            'require-code-owner-review': { type: 'boolean', default: false, description: 'Require that the rules demand a code-owner review.' },
            'require-last-push-approval': {
                type: 'boolean',
                default: false,
                description: 'Require that the rules demand approval of the most recent push by someone other than its pusher.'
            },
            'require-status-checks': { type: 'boolean', default: false, description: 'Require that the rules name at least one required status check.' },
            'forbid-force-push': { type: 'boolean', default: true, description: 'Require that force pushes to the branch are blocked.' },
            'forbid-deletion': { type: 'boolean', default: true, description: 'Require that deleting the branch is blocked.' },
            'require-signed-commits': { type: 'boolean', default: false, description: 'Require that the rules demand signed commits.' }
        },
        remedy: 'Add a repository ruleset for the branch (Settings → Rules → Rulesets) with "Require a pull request before merging" ' +
            '(the required approvals, "Dismiss stale pull request approvals" or "Require approval of the most recent reviewable push"), ' +
            '"Block force pushes" and "Restrict deletions"; rulesets are readable by the workflow token.'
    },
    evaluate(record, params) {
        const group = record.facts?.[branch_rules/* BRANCH_RULES_KEY */.Dz];
        const facts = (0,branch_rules/* branchRulesOf */.d)(record);
        if (!facts) {
            return {
                status: 'not_verified',
                reason: `Branch rules and protection were not read: ${group?.missing?.reason ?? 'the branch_rules collector did not run'}.`,
                remedy: group?.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez,
                evidence: [`/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}`]
            };
        }
        const { rules, classic, branch } = facts;
        // Neither a ruleset nor classic protection: decided, whatever the policy asks.
        if (rules.state === 'complete' && rules.value?.rule_count === 0 && classic.value && !classic.value.protected) {
            return {
                status: 'fail',
                reason: `Branch "${branch}" is not protected: no active ruleset applies to it and it has no classic branch protection (${classic.value.reason}).`,
                evidence: branch_protection_EVIDENCE,
                findings: [{ status: 'fail', subject: branch, message: 'No active ruleset rule and no classic branch protection.' }]
            };
        }
        let reqs = (0,protection/* requirements */.L)(params);
        if (reqs.length === 0) {
            reqs = [
                {
                    key: 'protected',
                    text: 'some protection',
                    satisfied: p => p.pull_request_required ||
                        p.blocks_force_push ||
                        p.blocks_deletion ||
                        p.required_status_checks.length > 0 ||
                        p.required_signatures ||
                        ('rule_count' in p && p.rule_count > 0),
                    actual: () => 'see snapshot'
                }
            ];
        }
        const findings = reqs.map(req => {
            const d = decide(req, rules, classic);
            return { status: d.status, subject: req.key, message: d.message, ...(d.by ? { data: { decided_by: d.by } } : {}) };
        });
        const failed = findings.filter(f => f.status === 'fail');
        const unknown = findings.filter(f => f.status === 'not_verified');
        if (failed.length > 0) {
            return {
                status: 'fail',
                reason: `Branch "${branch}" protection does not meet the policy: ${failed.map(f => f.subject).join(', ')}${unknown.length ? ` (also unknown: ${unknown.map(f => f.subject).join(', ')})` : ''}.`,
                evidence: branch_protection_EVIDENCE,
                findings
            };
        }
        if (unknown.length > 0) {
            const classicUnreadable = classic.state === 'unavailable';
            const remedy = classicUnreadable
                ? (classic.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez)
                : (rules.missing?.remedy ?? 'Re-run when GitHub answers; see the findings for what could not be read.');
            return {
                status: 'not_verified',
                reason: classicUnreadable
                    ? `No active ruleset decides ${unknown.map(f => f.subject).join(', ')} for "${branch}", and classic branch protection could not be read (it needs Administration: read).`
                    : `Protection of "${branch}" could not be fully read: ${unknown.map(f => f.subject).join(', ')} unknown.`,
                remedy,
                evidence: branch_protection_EVIDENCE,
                findings
            };
        }
        const by = new Set(findings.map(f => f.data?.decided_by).filter(Boolean));
        return {
            status: 'pass',
            reason: `Branch "${branch}" is protected as the policy requires (decided by ${[...by].join(' and ')}).`,
            evidence: branch_protection_EVIDENCE,
            findings
        };
    }
});

;// CONCATENATED MODULE: ./src/model/facts/checks.ts
const CHECKS_KEY = 'checks';
function checksOf(record) {
    const group = record.facts?.[CHECKS_KEY];
    return group?.value ?? null;
}

;// CONCATENATED MODULE: ./src/controls/checks-required.ts



const SUCCESS_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);
/** The result of one required check at one SHA. */
function resultAt(at, check) {
    const results = [];
    const runs = at.check_runs.value;
    for (const run of runs ?? []) {
        if (run.name !== check.context)
            continue;
        if (check.integration_id !== null && run.app_id !== check.integration_id)
            continue;
        const app = run.app_slug ? ` (${run.app_slug})` : '';
        if (run.status !== 'completed') {
            results.push({ outcome: 'running', detail: `check run${app} is ${run.status}`, url: run.html_url });
        }
        else if (run.conclusion && SUCCESS_CONCLUSIONS.has(run.conclusion)) {
            results.push({ outcome: 'success', detail: `check run${app} concluded ${run.conclusion}`, url: run.html_url });
        }
        else {
            results.push({ outcome: 'failed', detail: `check run${app} concluded ${run.conclusion ?? 'without a conclusion'}`, url: run.html_url });
        }
    }
    // A status's creating app is not in the record, so a check pinned to an app is judged by check runs only.
    if (check.integration_id === null) {
        for (const s of at.statuses.value ?? []) {
            if (s.context !== check.context)
                continue;
            if (s.state === 'success')
                results.push({ outcome: 'success', detail: 'commit status success', url: s.target_url });
            else if (s.state === 'pending')
                results.push({ outcome: 'running', detail: 'commit status pending', url: s.target_url });
            else
                results.push({ outcome: 'failed', detail: `commit status ${s.state}${s.description ? ` ("${s.description}")` : ''}`, url: s.target_url });
        }
    }
    const runsKnown = at.check_runs.state === 'complete';
    const statusesKnown = at.statuses.state === 'complete' || check.integration_id !== null;
    const gaps = [
        !runsKnown ? `check runs ${at.check_runs.state}${at.check_runs.missing ? ` (${at.check_runs.missing.reason})` : ''}` : null,
        !statusesKnown ? `commit statuses ${at.statuses.state}${at.statuses.missing ? ` (${at.statuses.missing.reason})` : ''}` : null
    ].filter(Boolean);
    if (results.length > 0) {
        // Several results under one name (e.g. two workflows with the same job name): all must succeed.
        for (const o of ['failed', 'running']) {
            const hit = results.find(r => r.outcome === o);
            if (hit)
                return hit;
        }
        // A success is only conclusive when every result of that name was read: a failing check run or commit
        // status of the same name in what could not be read would fail it.
        const ok = results[0];
        if (gaps.length === 0)
            return ok;
        return { outcome: 'unknown', detail: `${ok.detail}, but ${gaps.join('; ')}: a failing result of the same name there would fail it`, url: ok.url };
    }
    if (runsKnown && statusesKnown)
        return { outcome: 'missing', detail: 'never reported' };
    return { outcome: 'unknown', detail: `no result found, and ${gaps.join('; ')}` };
}
const checks_required_EVIDENCE = [`/facts/${CHECKS_KEY}`, `/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}/value/rules`, `/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}/value/classic`];
const checks_required_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'checks.required',
        needs: ['branch_rules', 'checks'],
        title: 'Required checks passed',
        question: 'Did every required status check succeed on the commit being merged?',
        rationale: 'Required checks (tests, builds, scans) are the automated part of change approval. Only a completed, ' +
            'successful result on the exact commit under judgement counts: a pending check has not yet passed, and a ' +
            'check that never reported has not been run.',
        defaults: { checks: [], 'self-check-names': ['compliance-gate'] },
        paramsSchema: {
            checks: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: [],
                description: 'Further required check names (check-run names or commit-status contexts), added to those the rulesets and classic protection require. ' +
                    'Listing them also lets the control decide when classic protection cannot be read.'
            },
            'self-check-names': {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: ['compliance-gate'],
                description: "Names of the gate's own check, never required of itself."
            }
        },
        remedy: 'Fix or re-run the failing required checks on the head commit, and wait for running ones to complete.'
    },
    evaluate(record, params) {
        const rulesFacts = (0,branch_rules/* branchRulesOf */.d)(record);
        const checks = checksOf(record);
        const self = new Set([...(params['self-check-names'] ?? []), ...(checks?.self_check_names ?? [])]);
        const required = [];
        const add = (c, from) => {
            const existing = required.find(r => r.context === c.context);
            if (!existing)
                required.push({ ...c, from: [from] });
            else {
                if (!existing.from.includes(from))
                    existing.from.push(from);
                // A check pinned to an app in one source and open in another: the pin is the stricter reading.
                if (existing.integration_id === null)
                    existing.integration_id = c.integration_id;
            }
        };
        const unknownSources = [];
        const rules = rulesFacts?.rules;
        if (rules?.value)
            rules.value.required_status_checks.forEach(c => add(c, 'ruleset'));
        if (!rules || rules.state !== 'complete')
            unknownSources.push(`rulesets (${rules?.missing?.reason ?? 'not read'})`);
        const classic = rulesFacts?.classic;
        if (classic?.value?.protected)
            classic.value.required_status_checks.forEach(c => add(c, 'classic protection'));
        else if (!classic?.value)
            unknownSources.push(`classic branch protection (${classic?.missing?.reason ?? 'not read'})`);
        for (const name of params.checks ?? [])
            add({ context: name, integration_id: null }, 'policy');
        const excluded = required.filter(r => self.has(r.context)).map(r => r.context);
        const judged = required.filter(r => !self.has(r.context));
        if (unknownSources.length > 0 && (params.checks ?? []).length === 0 && judged.length === 0) {
            // Judging every reported check stands in only for classic protection, which the workflow token can never
            // read. When the rulesets themselves were not read (an API fault, a missing permission), nothing stands
            // in for them: a check they require that never reported would pass unseen.
            const rulesRead = rules?.state === 'complete';
            const fallback = rulesRead ? judgeEveryReported(checksOf(record)?.at ?? [], self) : null;
            if (fallback) {
                return {
                    ...fallback,
                    reason: `${fallback.reason} The set of required checks is unknown (${unknownSources.join('; ')}), so every check reported at the head was judged instead; a required check that never reported cannot be seen.`,
                    remedy: fallback.status === 'pass'
                        ? undefined
                        : `${classic?.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez}. Or list the required checks in the policy's \`checks\`.`,
                    evidence: checks_required_EVIDENCE
                };
            }
            return {
                status: 'not_verified',
                reason: `The set of required checks is unknown: ${unknownSources.join('; ')}, and the policy lists none.`,
                remedy: `${(rulesRead ? undefined : rules?.missing?.remedy) ?? classic?.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez}. Or list the required checks in the policy's \`checks\`.`,
                evidence: checks_required_EVIDENCE
            };
        }
        if (judged.length === 0) {
            return {
                status: 'not_applicable',
                reason: `No required status checks: none in rulesets, classic protection or the policy${excluded.length ? ` (the gate's own check ${excluded.join(', ')} is excluded)` : ''}.`,
                evidence: checks_required_EVIDENCE
            };
        }
        const at = checks?.at ?? [];
        const group = record.facts?.[CHECKS_KEY];
        const findings = judged.map(req => {
            if (at.length === 0) {
                return {
                    status: 'not_verified',
                    subject: req.context,
                    message: `Required by ${req.from.join(' and ')}; check results were not read (${group?.missing?.reason ?? 'the checks collector did not run'}).`,
                    ...(group?.missing?.remedy ? { remedy: group.missing.remedy } : {})
                };
            }
            const results = at.map(a => ({ at: a, r: resultAt(a, req) }));
            const ok = results.find(x => x.r.outcome === 'success');
            const pin = req.integration_id !== null ? ` from app ${req.integration_id}` : '';
            if (ok) {
                return {
                    status: 'pass',
                    subject: req.context,
                    message: `Succeeded at ${ok.at.role} ${ok.at.sha.slice(0, 7)}: ${ok.r.detail}.`,
                    data: { sha: ok.at.sha, url: ok.r.url ?? null, required_by: req.from }
                };
            }
            const head = results[0];
            const where = results.map(x => `${x.at.role} ${x.at.sha.slice(0, 7)}: ${x.r.detail}`).join('; ');
            const running = results.find(x => x.r.outcome === 'running');
            const failed = results.find(x => x.r.outcome === 'failed');
            const unknown = results.find(x => x.r.outcome === 'unknown');
            if (running) {
                return {
                    status: 'fail',
                    subject: req.context,
                    message: `Still running (${where}); re-run the gate when it completes.`,
                    remedy: 'Wait for the check to complete, then re-run this job.',
                    data: { required_by: req.from }
                };
            }
            if (failed) {
                return { status: 'fail', subject: req.context, message: `Did not succeed (${where}).`, data: { required_by: req.from, url: failed.r.url ?? null } };
            }
            if (unknown) {
                return { status: 'not_verified', subject: req.context, message: `Result unknown (${where}).`, data: { required_by: req.from } };
            }
            return {
                status: 'fail',
                subject: req.context,
                message: `Required check${pin} never reported at ${results.map(x => `${x.at.role} ${x.at.sha.slice(0, 7)}`).join(' or ')}.`,
                remedy: `Make sure the workflow or app that reports "${req.context}" runs on this commit (check its triggers and path filters; a skipped workflow reports nothing).`,
                data: { required_by: req.from, sha: head.at.sha }
            };
        });
        const failed = findings.filter(f => f.status === 'fail');
        const unknown = findings.filter(f => f.status === 'not_verified');
        const note = excluded.length ? ` The gate's own check (${excluded.join(', ')}) is excluded.` : '';
        if (failed.length > 0) {
            const running = failed.filter(f => f.message.startsWith('Still running'));
            return {
                status: 'fail',
                reason: `${failed.length} of ${findings.length} required check(s) did not succeed: ${failed.map(f => f.subject).join(', ')}.${running.length ? ` ${running.map(f => f.subject).join(', ')} still running; re-run when it completes.` : ''}${note}`,
                evidence: checks_required_EVIDENCE,
                findings
            };
        }
        const policyListed = (params.checks ?? []).length > 0;
        // With the workflow token classic protection is never readable (issue 11: it counts "when readable"):
        // when the rulesets were read and name required checks, those decide, and the gap is stated.
        const rulesDecide = rules?.state === 'complete' && required.some(r => r.from.includes('ruleset'));
        if (unknown.length > 0 || (unknownSources.length > 0 && !policyListed && !rulesDecide)) {
            const sourceGap = unknown.length === 0;
            return {
                status: 'not_verified',
                reason: sourceGap
                    ? `The ${findings.length} known required check(s) succeeded, but further required checks may exist: ${unknownSources.join('; ')}.${note}`
                    : `Results of ${unknown.map(f => f.subject).join(', ')} could not be fully read.${note}`,
                remedy: sourceGap
                    ? `${classic?.missing?.remedy ?? rules?.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez}. Or list every required check in the policy's \`checks\`.`
                    : (group?.missing?.remedy ?? 'Give the token `checks: read` and `statuses: read`, then re-run.'),
                evidence: checks_required_EVIDENCE,
                findings
            };
        }
        return {
            status: 'pass',
            reason: `All ${findings.length} required check(s) succeeded: ${findings.map(f => f.subject).join(', ')}.${note}` +
                (unknownSources.length
                    ? ` Judged against ${policyListed ? "the policy's list and " : ''}the rulesets, since ${unknownSources.join('; ')}; a check required only there is not known.`
                    : ''),
            evidence: checks_required_EVIDENCE,
            findings
        };
    }
});
/**
 * When the required set cannot be known (classic protection unreadable, no ruleset or policy naming
 * checks), judge every check reported at the head instead: all succeeded → pass (stricter than what is
 * required); any failed or still running → not verified, since whether it is required is unknown.
 * Nothing reported → null (the caller says not verified).
 */
function judgeEveryReported(at, self) {
    const head = at.find(a => a.role === 'head') ?? at[0];
    if (!head || head.check_runs.state !== 'complete' || head.statuses.state !== 'complete')
        return null;
    const names = new Set();
    for (const r of head.check_runs.value ?? [])
        if (!self.has(r.name))
            names.add(r.name);
    for (const st of head.statuses.value ?? [])
        if (!self.has(st.context))
            names.add(st.context);
    if (names.size === 0)
        return null;
    const findings = [...names].sort().map(name => {
        const r = resultAt(head, { context: name, integration_id: null });
        const status = r.outcome === 'success' ? 'pass' : 'not_verified';
        return {
            status,
            subject: name,
            message: `Reported at head ${head.sha.slice(0, 7)}: ${r.detail}${status === 'pass' ? '' : '; whether it is required is unknown'}.`
        };
    });
    const open = findings.filter(f => f.status !== 'pass');
    if (open.length === 0)
        return { status: 'pass', reason: `All ${findings.length} check(s) reported at the head succeeded.`, findings };
    return { status: 'not_verified', reason: `${open.length} reported check(s) did not succeed: ${open.map(f => f.subject).join(', ')}.`, findings };
}

;// CONCATENATED MODULE: ./src/controls/commits-signed.ts



function requirement(record, params) {
    if (params.required)
        return { required: true, by: 'the policy (`required: true`)' };
    const facts = (0,branch_rules/* branchRulesOf */.d)(record);
    if (facts?.rules.value?.required_signatures)
        return { required: true, by: 'an active ruleset (required_signatures)' };
    const classic = facts?.classic.value;
    if (classic?.protected && classic.required_signatures)
        return { required: true, by: 'classic branch protection (required_signatures)' };
    const rulesKnown = facts?.rules.state === 'complete';
    if (rulesKnown && classic)
        return { required: false, why: 'neither the policy nor the branch rules require signed commits' };
    const gaps = [
        !rulesKnown ? `rulesets ${facts?.rules.state ?? 'not read'}` : null,
        !classic ? `classic protection unreadable${facts?.classic.missing ? ` (${facts.classic.missing.reason})` : ''}` : null
    ].filter(Boolean);
    return {
        required: 'unknown',
        why: `the policy does not require signed commits and whether the branch rules do is unknown: ${gaps.join('; ')}`,
        remedy: facts?.classic.missing?.remedy ?? facts?.rules.missing?.remedy ?? branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez
    };
}
const commits_signed_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'commits.signed',
        needs: ['branch_rules'],
        title: 'Signed commits',
        question: 'Does every commit of the change carry a signature GitHub verified, where signatures are required?',
        rationale: 'A verified signature ties each commit to a key its author controls, so authorship recorded as evidence ' +
            'cannot be forged by setting a name and e-mail. Required when the branch rules say so or the policy asks.',
        defaults: { required: false },
        paramsSchema: {
            required: {
                type: 'boolean',
                default: false,
                description: 'Require verified signatures on every commit even when the branch rules do not (they switch this on by themselves when they require signed commits).'
            }
        },
        remedy: "Sign the commits (git commit -S with a GPG, SSH or S/MIME key added to the author's GitHub account, matching the commit e-mail), then force-push the re-signed branch."
    },
    evaluate(record, params) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push).' };
        }
        const req = requirement(record, params);
        if (req.required === false) {
            return { status: 'not_applicable', reason: `Signed commits are not required: ${req.why}.`, evidence: [`/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}`] };
        }
        const commits = record.commits.value;
        if (!commits) {
            return {
                status: 'not_verified',
                reason: `The PR's commits are ${record.commits.state}${record.commits.missing ? `: ${record.commits.missing.reason}` : ''}, so their signatures cannot be checked.`,
                remedy: record.commits.missing?.remedy ?? 'Give the token `pull-requests: read` and `contents: read`, then re-run.',
                evidence: ['/commits']
            };
        }
        const findings = commits.map((c, i) => {
            const short = c.sha.slice(0, 7);
            const who = c.author.login ?? c.author.name ?? c.author.email ?? 'unknown author';
            if (!c.verification) {
                return { status: 'not_verified', subject: c.sha, message: `${short} by ${who}: GitHub's verification result is missing.` };
            }
            if (c.verification.verified) {
                return { status: 'pass', subject: c.sha, message: `${short} by ${who}: signature verified (${c.verification.reason}).` };
            }
            return {
                status: 'fail',
                subject: c.sha,
                message: `${short} by ${who}: not verified (${c.verification.reason}).`,
                data: { reason: c.verification.reason, index: i }
            };
        });
        const evidence = ['/commits', `/facts/${branch_rules/* BRANCH_RULES_KEY */.Dz}`];
        const bad = findings.filter(f => f.status === 'fail');
        const unknown = findings.filter(f => f.status === 'not_verified');
        const partial = record.commits.state !== 'complete';
        const requiredBy = req.required === true ? ` (required by ${req.by})` : '';
        if (bad.length > 0 && req.required === true) {
            return {
                status: 'fail',
                reason: `${bad.length} of ${commits.length} commit(s) have no verified signature${requiredBy}: ${bad.map(f => `${f.subject.slice(0, 7)} (${String(f.data?.reason)})`).join(', ')}.`,
                evidence,
                findings
            };
        }
        if (bad.length > 0) {
            // Requirement unknown.
            return {
                status: 'not_verified',
                reason: `${bad.length} of ${commits.length} commit(s) have no verified signature, and ${req.required === 'unknown' ? req.why : ''}.`,
                remedy: req.required === 'unknown' ? `${req.remedy}. Or set \`required: true\` in the policy to always require signatures.` : undefined,
                evidence,
                findings,
                // Only whether signatures are required is unknown (the workflow token cannot read classic
                // protection): warn rather than block every unsigned change. Known requirements still block.
                ...(req.required === 'unknown' ? { notVerifiedEscalation: 'warn' } : {})
            };
        }
        if (unknown.length > 0 || partial) {
            return {
                status: 'not_verified',
                reason: partial
                    ? `Only ${commits.length} commit(s) were read (${record.commits.missing?.reason ?? record.commits.state}); the rest cannot be checked.`
                    : `GitHub's verification is missing for ${unknown.map(f => f.subject.slice(0, 7)).join(', ')}.`,
                remedy: record.commits.missing?.remedy ?? 'Re-run so the commits are read with their verification.',
                evidence,
                findings,
                ...(req.required === 'unknown' ? { notVerifiedEscalation: 'warn' } : {})
            };
        }
        return {
            status: 'pass',
            reason: `All ${commits.length} commit(s) carry a verified signature${requiredBy}${req.required === 'unknown' ? ` (${req.why})` : ''}.`,
            evidence,
            findings
        };
    }
});

;// CONCATENATED MODULE: ./src/controls/change-ticket.ts

/** The body without HTML comments (`<!-- … -->`, including an unterminated one running to the end). */
function stripComments(text) {
    return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
/** A JavaScript RegExp from a policy pattern; a leading Go/PCRE `(?i)` becomes the `i` flag. */
function compilePattern(pattern) {
    let flags = '';
    let source = pattern;
    const m = /^\(\?([imsu]+)\)/.exec(source);
    if (m) {
        flags = [...new Set(m[1].split(''))].join('');
        source = source.slice(m[0].length);
    }
    return new RegExp(source, flags);
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function findTickets(record, params, re) {
    const pr = record.pull_request.value;
    const texts = [];
    for (const source of params.sources) {
        if (source === 'title' && pr)
            texts.push(['title', pr.title ?? '']);
        if (source === 'body' && pr)
            texts.push(['body', stripComments(pr.body ?? '')]);
        if (source === 'branch' && pr)
            texts.push(['branch', pr.head.ref ?? '']);
        if (source === 'commits')
            for (const c of record.commits.value ?? [])
                texts.push(['commits', c.message]);
    }
    const out = [];
    for (const [source, text] of texts) {
        if (re) {
            const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text);
            if (m)
                out.push({ source, text: m[0], kind: 'pattern' });
        }
        for (const prefix of params.trackers) {
            if (!prefix)
                continue;
            const m = new RegExp(`${escapeRe(prefix)}[^\\s)>\\]"']+`).exec(text);
            if (m)
                out.push({ source, text: m[0], kind: 'tracker' });
        }
    }
    return out;
}
const normTitle = (s) => s
    .replace(/\s+#+\s*$/, '')
    .replace(/[:\s]+$/, '')
    .trim()
    .toLowerCase();
/** A line that is template filler, not content. */
function isPlaceholderLine(line) {
    const t = line.trim();
    if (t === '')
        return true;
    if (/^[-*+>|_=~`#.\s]*$/.test(t))
        return true; // markup only
    if (/^[-*+]\s+\[ \]/.test(t))
        return true; // unchecked task-list item from the template
    const bare = t
        .replace(/^[-*+>]\s*/, '')
        .replace(/^[_*`]+|[_*`]+$/g, '')
        .trim()
        .toLowerCase();
    if (/^(todo|tbd|tbc|fixme|xxx|\.\.\.|…|no response|placeholder|describe here|fill (?:me|this) in)\.?$/.test(bare))
        return true;
    if (/^<[^<>]*>$/.test(t))
        return true; // <describe the change>
    if (/^\[[^\]]*\]$/.test(t))
        return true; // [describe the change]
    return false;
}
/** Check each required heading: present, and its section has some real content. */
function checkSections(body, required) {
    const lines = stripComments(body.replace(/\r\n?/g, '\n')).split('\n');
    const headings = [];
    let fence = false;
    lines.forEach((l, i) => {
        if (/^\s*(```|~~~)/.test(l))
            fence = !fence;
        if (fence)
            return;
        const m = /^ {0,3}(#{1,6})\s+(.*)$/.exec(l);
        if (m)
            headings.push({ level: m[1].length, title: normTitle(m[2]), line: i });
    });
    return required.map(spec => {
        const sm = /^\s*(#{1,6})\s+(.*)$/.exec(spec);
        const level = sm ? sm[1].length : null;
        const title = normTitle(sm ? sm[2] : spec);
        const h = headings.find(x => x.title === title && (level === null || x.level === level));
        if (!h)
            return { status: 'fail', subject: spec, message: `Section "${spec}" is missing from the PR description.` };
        const next = headings.find(x => x.line > h.line && x.level <= h.level);
        const content = lines.slice(h.line + 1, next ? next.line : lines.length).filter(l => !/^ {0,3}#{1,6}\s/.test(l));
        const filled = content.some(l => !isPlaceholderLine(l));
        return filled
            ? { status: 'pass', subject: spec, message: `Section "${spec}" is filled in.` }
            : { status: 'fail', subject: spec, message: `Section "${spec}" is empty or holds only template placeholders.` };
    });
}
const change_ticket_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'change.ticket',
        needs: [],
        title: 'Ticket reference',
        question: 'Is the change traceable to a ticket, and is the pull request description filled in as the template asks?',
        rationale: 'Auditors sample changes and trace each back to an authorised request (a ticket) and forward to its deployment. ' +
            'A ticket reference in the title, description or branch name, and a filled-in template, make that trace possible.',
        defaults: { pattern: null, trackers: [], sources: ['title', 'body', 'branch'], 'required-template-sections': [] },
        paramsSchema: {
            pattern: {
                type: ['string', 'null'],
                default: null,
                description: 'Regular expression (JavaScript syntax; a leading (?i) makes it case-insensitive) a ticket reference matches, e.g. "[A-Z][A-Z0-9]+-\\d+". null: no pattern.'
            },
            trackers: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: [],
                description: 'URL prefixes of ticket trackers; a link starting with one counts as a ticket reference, e.g. "https://jira.example.com/browse/".'
            },
            sources: {
                type: 'array',
                items: { type: 'string', enum: ['title', 'body', 'branch', 'commits'] },
                default: ['title', 'body', 'branch'],
                description: 'Where to look for the reference: PR title, PR body (HTML comments excluded), head branch name, commit messages.'
            },
            'required-template-sections': {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: [],
                description: 'Markdown headings that must be present in the PR body with real content (not empty, not only HTML comments or placeholders such as TODO, TBD, ..., <describe …>, unchecked boxes; an explicit N/A counts as content). "## Testing" matches that level only; "Testing" any level.'
            }
        },
        remedy: 'Reference the ticket in the PR title, description or branch name (e.g. ABC-123 or a tracker link) and fill in every required section of the PR template.'
    },
    evaluate(record, params) {
        const sections = params['required-template-sections'] ?? [];
        const trackers = (params.trackers ?? []).filter(Boolean);
        if (!params.pattern && trackers.length === 0 && sections.length === 0) {
            return { status: 'not_applicable', reason: 'No ticket pattern, tracker or required template section is set in the policy; the control is off.' };
        }
        const pr = record.pull_request;
        if (!pr.value) {
            if (pr.state === 'not_collected')
                return { status: 'not_applicable', reason: 'No pull request is under judgement.' };
            return {
                status: 'not_verified',
                reason: `The pull request could not be read: ${pr.missing?.reason ?? pr.state}.`,
                remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
                evidence: ['/pull_request']
            };
        }
        let re = null;
        if (params.pattern) {
            try {
                re = compilePattern(params.pattern);
            }
            catch (e) {
                return {
                    status: 'not_verified',
                    reason: `The policy's ticket pattern is not a valid regular expression: ${e.message}.`,
                    remedy: 'Fix `pattern` under change.ticket in the policy.'
                };
            }
        }
        const findings = [];
        const evidence = ['/pull_request/value/title', '/pull_request/value/body', '/pull_request/value/head/ref'];
        let ticketOk = true;
        let ticketText = '';
        if (re || trackers.length > 0) {
            const matches = findTickets(record, params, re);
            if (matches.length > 0) {
                const m = matches[0];
                ticketText = `ticket ${m.text} found in the ${m.source === 'commits' ? 'commit messages' : m.source === 'branch' ? 'branch name' : m.source}`;
                findings.push({ status: 'pass', subject: 'ticket', message: `Ticket reference ${m.text} found in the ${m.source}.`, data: { matches } });
            }
            else {
                ticketOk = false;
                const looked = params.sources.join(', ');
                const what = [re ? `pattern /${params.pattern}/` : null, trackers.length ? `a link to ${trackers.join(' or ')}` : null].filter(Boolean).join(' or ');
                findings.push({ status: 'fail', subject: 'ticket', message: `No ticket reference (${what}) in ${looked}.` });
            }
        }
        const sectionFindings = sections.length ? checkSections(pr.value.body ?? '', sections) : [];
        findings.push(...sectionFindings);
        const badSections = sectionFindings.filter(f => f.status === 'fail');
        if (!ticketOk || badSections.length > 0) {
            const parts = [
                !ticketOk ? findings.find(f => f.subject === 'ticket').message.replace(/\.$/, '') : null,
                badSections.length ? `template section(s) not filled in: ${badSections.map(f => f.subject).join(', ')}` : null
            ].filter(Boolean);
            return { status: 'fail', reason: `${parts.join('; ')}.`, evidence, findings };
        }
        const parts = [ticketText || null, sections.length ? `all ${sections.length} required template section(s) filled in` : null].filter(Boolean);
        return { status: 'pass', reason: `${parts.join('; ')}.`.replace(/^./, c => c.toUpperCase()), evidence, findings };
    }
});

// EXTERNAL MODULE: ./src/controls/change-emergency.ts
var change_emergency = __webpack_require__(6488);
;// CONCATENATED MODULE: ./src/model/facts/push.ts
const PUSH_KEY = 'push';
function pushOf(record) {
    return record.facts?.[PUSH_KEY] ?? null;
}

;// CONCATENATED MODULE: ./src/controls/lib/push.ts

const PUSH_EVIDENCE = [`/facts/${PUSH_KEY}`, '/commits'];
/** The push facts, or a not_verified outcome saying why the pushed commits could not be matched to PRs. */
function pushFactsOr(record) {
    const group = pushOf(record);
    if (group?.value)
        return { facts: group.value };
    return {
        unverified: {
            status: 'not_verified',
            reason: `The pushed commits could not be matched to pull requests: ${group?.missing?.reason ?? 'the push collector did not run'}.`,
            remedy: group?.missing?.remedy ?? 'Give the token `pull-requests: read` and `contents: read`, then re-run.',
            evidence: PUSH_EVIDENCE
        }
    };
}

;// CONCATENATED MODULE: ./src/controls/change-separation-of-duties.ts



/** Judge one merged change; returns its findings. */
function judgeSeparation(s) {
    const findings = [];
    const approvers = (0,lib_reviews/* reviewerStates */.gj)(s.reviews).filter(r => r.state === 'APPROVED');
    const isWriter = (login) => (0,lib_reviews/* sameLogin */.Up)(login, s.prAuthor) || s.writers.has(login.toLowerCase());
    // 1. No author approved their own change.
    const selfApprovers = approvers.filter(a => isWriter(a.login));
    for (const a of selfApprovers) {
        findings.push({
            status: 'fail',
            subject: `${s.name}: ${a.login}`,
            message: `${s.name}: ${a.login} approved a change they ${(0,lib_reviews/* sameLogin */.Up)(a.login, s.prAuthor) ? 'opened' : 'authored or co-authored commits of'}.`,
            data: { rule: 'self-approval' }
        });
    }
    if (selfApprovers.length === 0 && s.writersIncomplete) {
        findings.push({
            status: 'not_verified',
            subject: `${s.name}: authors`,
            message: `${s.name}: whether an author approved cannot be fully checked: ${s.writersIncomplete}.`,
            data: { rule: 'self-approval' }
        });
    }
    // 2. The merger is not the only approver.
    let independent = null;
    let maybe = null;
    const notes = [];
    for (const a of approvers) {
        if ((0,lib_reviews/* sameLogin */.Up)(a.login, s.mergedBy) || isWriter(a.login))
            continue;
        if ((0,lib_reviews/* isBot */.w2)(a.user)) {
            notes.push(`${a.login} is a bot`);
            continue;
        }
        const perm = s.permission(a.login);
        if (perm === 'no') {
            notes.push(`${a.login} lacks write access`);
            continue;
        }
        if (perm === 'unknown') {
            maybe ??= a.login;
            continue;
        }
        independent ??= a.login;
    }
    const approverList = approvers.map(a => a.login).join(', ') || 'nobody';
    if (independent) {
        findings.push({
            status: 'pass',
            subject: `${s.name}: merger`,
            message: `${s.name} was merged by ${s.mergedBy} and approved by ${independent}, who is independent of the merger and the authors.`,
            data: { rule: 'merger-not-sole-approver', merged_by: s.mergedBy, approvers: approvers.map(a => a.login) }
        });
    }
    else if (maybe) {
        findings.push({
            status: 'not_verified',
            subject: `${s.name}: merger`,
            message: `${s.name} was merged by ${s.mergedBy}; ${maybe} approved but their repository permission is unknown.`,
            data: { rule: 'merger-not-sole-approver' }
        });
    }
    else {
        const sole = approvers.length > 0 && approvers.every(a => (0,lib_reviews/* sameLogin */.Up)(a.login, s.mergedBy));
        findings.push({
            status: 'fail',
            subject: `${s.name}: merger`,
            message: sole
                ? `${s.name} was merged by ${s.mergedBy}, its only approver.`
                : `${s.name} was merged by ${s.mergedBy} without an approval from anyone else independent of the change (approvers: ${approverList}${notes.length ? `; ${notes.join('; ')}` : ''}).`,
            data: { rule: 'merger-not-sole-approver', merged_by: s.mergedBy, approvers: approvers.map(a => a.login) }
        });
    }
    return findings;
}
/**
 * Co-authors whose e-mail resolves to no login: they matter only if one could be an approver. Reviews carry
 * no e-mail, so compare the co-author's name (and e-mail local part) with approver logins, spaces and case
 * ignored; a plausible match makes self-approval unknown.
 */
function unresolvedMatch(unresolved, reviews) {
    const norm = (x) => x.toLowerCase().replace(/[\s._-]+/g, '');
    const approvers = (0,lib_reviews/* reviewerStates */.gj)(reviews)
        .filter(r => r.state === 'APPROVED')
        .map(r => norm(r.login));
    const hits = unresolved.filter(u => {
        const m = /^(.*?)\s*<([^@>]*)@?[^>]*>$/.exec(u);
        const candidates = m ? [m[1], m[2]] : [u];
        return candidates.some(c => c && approvers.includes(norm(c)));
    });
    return hits.length ? `co-author(s) ${hits.join(', ')} could not be matched to a GitHub login but resemble an approver` : null;
}
function summarize(findings, evidence, what, remedy) {
    const failed = findings.filter(f => f.status === 'fail');
    const unknown = findings.filter(f => f.status === 'not_verified');
    if (failed.length > 0)
        return { status: 'fail', reason: failed.map(f => f.message).join(' '), evidence, findings };
    if (unknown.length > 0) {
        return {
            status: 'not_verified',
            reason: unknown.map(f => f.message).join(' '),
            remedy: remedy ?? "Let the token read the PR's commits, reviews and the approvers' repository permissions, then re-run.",
            evidence,
            findings
        };
    }
    return {
        status: 'pass',
        reason: `Duties were separated for ${what}: the merger was not the only approver and no author approved their own change.`,
        evidence,
        findings
    };
}
const change_separation_of_duties_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'change.separation-of-duties',
        needs: ['push'],
        title: 'Separation of duties',
        question: 'Was the change merged by someone other than its only approver, with no author approving their own change?',
        rationale: 'Segregation of duties means no one person can write, approve and release a change alone. On GitHub a person ' +
            'with write access can approve and then merge, or a co-author can approve the commits they wrote; both defeat ' +
            'the four-eyes principle the review controls assume.',
        defaults: {},
        paramsSchema: {},
        remedy: 'Have someone who neither wrote nor merged the change approve it (retrospectively if already merged), and require an approval from someone other than the last pusher in the branch rules.'
    },
    evaluate(record) {
        if (record.event.name === 'push') {
            const push = pushFactsOr(record);
            if ('unverified' in push)
                return push.unverified;
            const facts = push.facts;
            const evidence = PUSH_EVIDENCE;
            const pulls = Object.values(facts.pulls);
            const failedLookups = facts.commits.filter(c => c.lookup === 'failed');
            if (pulls.length === 0) {
                if (failedLookups.length > 0 || facts.truncated) {
                    return {
                        status: 'not_verified',
                        reason: `No merged pull request found in the push, but ${failedLookups.length} lookup(s) failed${facts.truncated ? ' and the commit list was cut short' : ''}.`,
                        remedy: failedLookups[0]?.missing?.remedy,
                        evidence
                    };
                }
                return {
                    status: 'not_applicable',
                    reason: 'The push brings in no merged pull request (direct commits are judged by change.unreviewed-push).',
                    evidence
                };
            }
            const byCommit = new Map((record.commits.value ?? []).map(c => [c.sha, c]));
            const findings = [];
            for (const pr of pulls) {
                const name = `PR #${pr.number}`;
                if (!pr.merged_by) {
                    findings.push({
                        status: 'not_verified',
                        subject: `${name}: merger`,
                        message: `${name}: who merged it is unknown${pr.missing ? ` (${pr.missing.reason})` : ''}.`
                    });
                    continue;
                }
                if (!pr.reviews.value || pr.reviews.state === 'unavailable') {
                    findings.push({
                        status: 'not_verified',
                        subject: `${name}: reviews`,
                        message: `${name}: reviews could not be read (${pr.reviews.missing?.reason ?? pr.reviews.state}).`
                    });
                    continue;
                }
                const writers = new Set();
                for (const c of facts.commits.filter(x => x.merged_pr === pr.number)) {
                    const full = byCommit.get(c.sha);
                    for (const login of [c.author_login, c.committer_login])
                        if (login && login.toLowerCase() !== 'web-flow')
                            writers.add(login.toLowerCase());
                    for (const co of full?.co_authors ?? []) {
                        const l = (0,lib_reviews/* noreplyIdentity */.m4)(co.email)?.login;
                        if (l)
                            writers.add(l.toLowerCase());
                    }
                }
                findings.push(...judgeSeparation({
                    name,
                    mergedBy: pr.merged_by.login,
                    prAuthor: pr.author?.login ?? null,
                    reviews: pr.reviews.value,
                    writers,
                    // Only the pushed commits of the PR are known here (a squash merge shows one commit).
                    writersIncomplete: null,
                    permission: login => {
                        const p = (0,lib_reviews/* permissionOf */.Fp)(record, login);
                        return p ? (0,lib_reviews/* permissionQualifies */.BQ)(p) : 'not_checked';
                    }
                }));
            }
            return summarize(findings, evidence, `${pulls.length} merged pull request(s) in the push`);
        }
        const pr = record.pull_request;
        if (!pr.value) {
            if (pr.state === 'not_collected')
                return { status: 'not_applicable', reason: 'No pull request is under judgement.' };
            return {
                status: 'not_verified',
                reason: `The pull request could not be read: ${pr.missing?.reason ?? pr.state}.`,
                remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
                evidence: ['/pull_request']
            };
        }
        const p = pr.value;
        if (!p.merged) {
            return {
                status: 'not_applicable',
                reason: `PR #${p.number} is ${p.state === 'closed' ? 'closed without merging' : 'not merged yet'}; separation of duties is judged at merge.`
            };
        }
        const evidence = ['/pull_request/value/merged_by', '/reviews', '/commits', '/permissions'];
        if (!p.merged_by?.login) {
            return {
                status: 'not_verified',
                reason: `PR #${p.number} is merged but GitHub did not say who merged it.`,
                remedy: 'Re-run on the closed event with `pull-requests: read` so GET /repos/{owner}/{repo}/pulls/{pull_number} returns merged_by.',
                evidence
            };
        }
        const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
        if (problem)
            return { status: 'not_verified', reason: `Approvals cannot be read: ${problem.reason}.`, remedy: problem.remedy, evidence };
        const who = (0,lib_reviews/* contributors */.pJ)(record);
        const writers = new Set([...who.commitLogins, ...who.coAuthorLogins]);
        const findings = judgeSeparation({
            name: `PR #${p.number}`,
            mergedBy: p.merged_by.login,
            prAuthor: p.author.login,
            // Who approved, whenever: a retrospective approval of an emergency change separates duties too (its timing is
            // change.emergency's to judge, and review.approvals counts only approvals before the merge).
            reviews: record.reviews.value ?? [],
            writers,
            writersIncomplete: who.complete ? unresolvedMatch(who.unresolvedCoAuthors, record.reviews.value ?? []) : (who.incompleteReason ?? 'commits unknown'),
            permission: login => (0,lib_reviews/* permissionQualifies */.BQ)((0,lib_reviews/* permissionOf */.Fp)(record, login))
        });
        return summarize(findings, evidence, `PR #${p.number}`);
    }
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(91138);
;// CONCATENATED MODULE: ./src/controls/change-unreviewed-push.ts
/**
 * change.unreviewed-push: on a push, every pushed commit came in through a merged pull request.
 *
 * A commit counts as reviewed when GitHub associates it with a PR merged into the pushed branch
 * (`GET /repos/{o}/{r}/commits/{sha}/pulls`: PR commits, and the merge or squash commit of a merged PR).
 * A commit in no merged PR was pushed directly and fails, named by SHA and author. Failed lookups and
 * commits past `max-commits` are not verified. Only pushes to `branches` (default: the repository's default
 * branch) are judged; other events and branches are not_applicable.
 */



const ZERO_SHA = /^0+$/;
const change_unreviewed_push_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'change.unreviewed-push',
        needs: ['push'],
        title: 'No unreviewed pushes',
        question: 'Did every commit pushed to the protected branch arrive through a merged pull request?',
        rationale: 'A commit pushed straight to the release branch skipped review, checks and approval, even if branch ' +
            'protection exists (admins and bypass actors can push). Checking each pushed commit catches the bypass ' +
            'after the fact, naming the commit for the auditor.',
        defaults: { 'max-commits': 250, branches: [] },
        paramsSchema: {
            'max-commits': {
                type: 'integer',
                minimum: 1,
                default: 250,
                description: 'Look up at most this many pushed commits (one API call each); the rest are reported as not verified.'
            },
            branches: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: [],
                description: "Glob patterns of branches whose pushes are judged. Empty: the repository's default branch (every branch when the default branch is unknown)."
            }
        },
        remedy: 'Open a pull request for the change (revert and re-land it through review, or have it reviewed retrospectively), and remove the direct-push bypass from the branch rules.'
    },
    evaluate(record, params) {
        if (record.event.name !== 'push')
            return { status: 'not_applicable', reason: `Judged on push events only (this is ${record.event.name}).` };
        const ref = record.event.ref ?? '';
        if (ref.startsWith('refs/tags/'))
            return { status: 'not_applicable', reason: `Tag push (${ref}).` };
        if (record.event.after && ZERO_SHA.test(record.event.after))
            return { status: 'not_applicable', reason: `Branch deletion (${ref}); no commits were pushed.` };
        const branch = ref.replace(/^refs\/heads\//, '') || record.subject.base_ref;
        const patterns = params.branches?.length ? params.branches : record.repository.default_branch ? [record.repository.default_branch] : [];
        if (patterns.length && !patterns.some(p => (0,esm/* minimatch */.xF)(branch, p))) {
            return { status: 'not_applicable', reason: `Push to "${branch}", which is not among the judged branches (${patterns.join(', ')}).` };
        }
        const push = pushFactsOr(record);
        if ('unverified' in push)
            return push.unverified;
        const facts = push.facts;
        const evidence = PUSH_EVIDENCE;
        if (facts.total_commits === 0)
            return { status: 'not_applicable', reason: 'The push contains no new commits.', evidence };
        const findings = facts.commits.map(c => {
            const short = c.sha.slice(0, 7);
            const who = c.author_login ?? c.author_name ?? 'unknown author';
            if (c.lookup === 'failed') {
                return {
                    status: 'not_verified',
                    subject: c.sha,
                    message: `${short} by ${who}: pull request lookup failed (${c.missing?.reason ?? 'no answer'}).`,
                    ...(c.missing?.remedy ? { remedy: c.missing.remedy } : {})
                };
            }
            if (c.merged_pr !== null) {
                const pr = facts.pulls[String(c.merged_pr)];
                const how = pr?.merge_commit_sha === c.sha ? 'merge commit of' : 'in';
                return {
                    status: 'pass',
                    subject: c.sha,
                    message: `${short} by ${who}: ${how} PR #${c.merged_pr}, merged into ${facts.branch}.`,
                    data: { pull_request: c.merged_pr }
                };
            }
            const open = c.associated.filter(a => !a.merged_at);
            const elsewhere = c.associated.filter(a => a.merged_at && a.base_ref !== facts.branch);
            const note = open.length
                ? ` (in unmerged PR ${open.map(a => `#${a.number}`).join(', ')})`
                : elsewhere.length
                    ? ` (merged only into ${[...new Set(elsewhere.map(a => a.base_ref))].join(', ')})`
                    : '';
            return {
                status: 'fail',
                subject: c.sha,
                message: `${short} by ${who} was pushed to ${facts.branch} without a merged pull request${note}.`,
                data: { author: who }
            };
        });
        const bad = findings.filter(f => f.status === 'fail');
        const unknown = findings.filter(f => f.status === 'not_verified');
        const skipped = facts.total_commits - facts.commits.length;
        if (bad.length > 0) {
            return {
                status: 'fail',
                reason: `${bad.length} pushed commit(s) are in no merged pull request: ${bad.map(f => `${f.subject.slice(0, 7)} (${String(f.data?.author)})`).join(', ')}.`,
                evidence,
                findings
            };
        }
        if (unknown.length > 0 || facts.truncated) {
            return {
                status: 'not_verified',
                reason: [
                    unknown.length ? `${unknown.length} commit lookup(s) failed` : null,
                    facts.truncated
                        ? `${skipped > 0 ? skipped : 'some'} pushed commit(s) beyond max-commits ${facts.max_commits} (or GitHub's list cap) were not looked up`
                        : null
                ]
                    .filter(Boolean)
                    .join('; ') + '.',
                remedy: unknown.find(f => f.remedy)?.remedy ?? 'Raise `max-commits` for change.unreviewed-push, or audit the remaining commits with the CLI.',
                evidence,
                findings
            };
        }
        return { status: 'pass', reason: `All ${findings.length} pushed commit(s) came through merged pull requests into ${facts.branch}.`, evidence, findings };
    }
});

// EXTERNAL MODULE: ./src/model/facts/secrets.ts
var secrets = __webpack_require__(95820);
;// CONCATENATED MODULE: ./src/controls/secrets-no-new-secrets.ts


const DEFAULT_BASELINE = '.compliance-gate/secrets-baseline.json';
const REMEDY = 'Treat each reported credential as compromised: revoke or rotate it with its provider first, then remove it ' +
    'from the branch history (rewrite the commits, e.g. git filter-repo, and force-push) and load it from a secret ' +
    'store instead. A false positive can be acknowledged by fingerprint in the baseline file on the base branch.';
/** A redaction left in recorded text: `ghp_…[redacted github-pat]` (the rule or kind in group 1). */
const REDACTION_MARK = /\[redacted ([^\]\s]+)\]/g;
/** Kinds src/secrets/prose.ts redacts on a guess (see the commit loop below). */
const UNSURE_KINDS = new Set(['token', 'prose-credential', 'cookie']);
/** A secret in a commit message or a path: no baseline can acknowledge it (it has no fingerprint), only rewriting it. */
const METADATA_REMEDY = (how) => `Treat the credential as compromised: revoke or rotate it with its provider first. ${how} A baseline cannot acknowledge it: it stays in the history until rewritten.`;
const CHECKOUT_REMEDY = 'Check out the repository with actions/checkout and fetch-depth: 0 so files GitHub omits from the API can be scanned.';
/** The distinct remedies of the files not scanned (and of custom rules that do not compile). */
function notVerifiedRemedy(f) {
    const out = [];
    for (const nv of f.not_verified) {
        const r = nv.remedy ?? CHECKOUT_REMEDY;
        if (!out.includes(r))
            out.push(r);
    }
    if (f.custom_rule_errors.length > 0)
        out.push('Fix the custom-rules regexes (Go/RE2 syntax) in the policy.');
    return out.join(' ');
}
const secretsNoNewSecrets = (0,types/* defineControl */.X)({
    meta: {
        id: 'secrets.no-new-secrets',
        needs: ['secrets'],
        title: 'No new secrets in the change',
        question: 'Does the change add no credentials (keys, tokens, passwords, private keys) to the repository?',
        rationale: 'Credentials committed to a repository are readable by everyone with read access and stay in its history; ' +
            'keeping them out protects logical access (SOC 2 CC6.1), their transmission and storage (CC6.7), ' +
            'authentication information (ISO/IEC 27001:2022 A.5.17) and the use of cryptographic keys (A.8.24).',
        defaults: {
            'max-file-size': 1024 * 1024,
            'exclude-paths': [],
            'custom-rules': [],
            'allow-inline-comments': false,
            baseline: DEFAULT_BASELINE,
            'disabled-rules': []
        },
        paramsSchema: {
            'max-file-size': {
                type: 'integer',
                minimum: 1,
                description: 'Files with more added text (bytes) are not scanned: the control is then not verified, naming the file (unless exclude-paths lists it).'
            },
            'exclude-paths': {
                type: 'array',
                items: { type: 'string' },
                description: 'Glob patterns (minimatch, dot: true) of paths not to scan, read from the policy on the base branch; the only way to skip a file on purpose (lockfiles are scanned, URLs included; only their digests are kept from the generic rules).'
            },
            'custom-rules': {
                type: 'array',
                description: 'Extra rules in Go/RE2 regex syntax (gitleaks-compatible), run with re2js behind their keywords.',
                items: {
                    type: 'object',
                    required: ['id', 'regex'],
                    additionalProperties: false,
                    properties: {
                        id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
                        description: { type: 'string' },
                        regex: { type: 'string' },
                        keywords: { type: 'array', items: { type: 'string' } },
                        entropy: { type: 'number', minimum: 0 },
                        severity: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
                        'secret-group': { type: 'integer', minimum: 0 }
                    }
                }
            },
            'allow-inline-comments': {
                type: 'boolean',
                description: 'Honour `compliance-gate:allow-secret` comments (off: a PR author could allow their own leak). Honoured ones are recorded.'
            },
            baseline: { type: 'string', description: 'Path of the baseline file of acknowledged fingerprints, read from the base commit only.' },
            'disabled-rules': { type: 'array', items: { type: 'string' }, description: 'Built-in rule ids not to run.' }
        },
        remedy: REMEDY
    },
    evaluate(record) {
        const evidence = ['/facts/secrets'];
        const group = record.facts.secrets;
        if (!group || group.state === 'unavailable' || group.state === 'not_collected' || !group.value) {
            return {
                status: 'not_verified',
                reason: `The added lines could not be scanned for secrets: ${(group?.missing?.reason ?? 'the secrets collector did not run').replace(/\.$/, '')}.`,
                remedy: group?.missing?.remedy ?? 'Enable the secrets collector and check out the repository with actions/checkout (fetch-depth: 0).',
                evidence
            };
        }
        const f = group.value;
        const findings = [];
        const open = f.findings.filter(x => !x.baselined && !x.inline_allowed);
        f.findings.forEach((x, i) => {
            // A secret only in an earlier commit: its line is that commit's, not the head's — point at the file.
            const location = x.commit ? { path: x.path } : { path: x.path, line: x.line, column: x.column };
            const data = { fingerprint: x.fingerprint, preview: x.preview, ...(x.commit ? { commit: x.commit } : {}) };
            if (!x.baselined && !x.inline_allowed) {
                findings.push({
                    status: 'fail',
                    subject: x.path,
                    message: x.commit
                        ? `${x.description} added in commit ${x.commit.slice(0, 7)} (line ${x.line} of the file there) and removed by a later commit of this change: it stays in the history (redacted: ${x.preview})`
                        : `${x.description} added (redacted: ${x.preview})`,
                    location,
                    rule: x.rule,
                    severity: x.severity,
                    remedy: REMEDY,
                    data
                });
            }
            else {
                findings.push({
                    status: 'pass',
                    subject: x.path,
                    message: `${x.description} (redacted: ${x.preview}) ${x.baselined ? 'acknowledged in the base branch baseline' : 'allowed by an inline compliance-gate:allow-secret comment'}`,
                    location,
                    rule: x.rule,
                    severity: 'info',
                    data: { ...data, baselined: x.baselined, inline_allowed: x.inline_allowed === true }
                });
            }
            evidence.push(`/facts/secrets/value/findings/${i}`);
        });
        for (const nv of f.not_verified) {
            // At the file (no line) so annotations and SARIF point at it; '*' stands for files past GitHub's list cap
            // and '(history)' for the change's commits: no file of the repository, so no location.
            findings.push({
                status: 'not_verified',
                subject: nv.path,
                message: `Not scanned: ${nv.reason.replace(/:? not scanned$/, '')}`,
                ...(nv.path !== '*' && nv.path !== '(history)' ? { location: { path: nv.path } } : {}),
                ...(nv.remedy ? { remedy: nv.remedy } : {})
            });
        }
        // Findings past the itemized cap: one entry per file, with their count (facts.secrets.not_itemized).
        const notItemized = f.not_itemized ?? [];
        for (const n of notItemized) {
            findings.push({
                status: n.open > 0 ? 'fail' : 'pass',
                subject: n.path,
                message: `${n.open + n.acknowledged} more finding(s) in this file (${n.open} new, ${n.acknowledged} acknowledged; ${n.rules.join(', ')}) counted but not listed: the first of each rule and up to ${secrets/* MAX_ITEMIZED_PER_FILE */.Y} of each kind (new, allowed inline, baselined) per file are itemized`,
                location: { path: n.path },
                ...(n.open > 0 ? { remedy: REMEDY } : { severity: 'info' })
            });
        }
        // A secret in a commit message or in a file's path is in the repository's history as surely as one in a line: the
        // record keeps them redacted (secrets_redacted), and each is a finding no baseline can acknowledge.
        const inMetadata = [];
        for (const c of record.commits.value ?? []) {
            // What free-text heuristics redact to be safe (a random word with no label, a value after a word like "key:" in a
            // sentence, a cookie) stays out of the record but is no finding: a cache key or an SSH host key fingerprint in a
            // message is no credential. What a rule found, a private key block, a URL's password or a bearer token is.
            const found = (c.secrets_redacted ?? 0) === 0 ? 0 : [...c.message.matchAll(REDACTION_MARK)].filter(m => !UNSURE_KINDS.has(m[1])).length;
            if (found === 0)
                continue;
            inMetadata.push({
                status: 'fail',
                subject: `commit ${c.sha.slice(0, 7)}`,
                message: `${found} secret(s) in the message of commit ${c.sha.slice(0, 7)} (kept redacted in the record): a commit message stays in the history`,
                severity: 'high',
                remedy: METADATA_REMEDY("Rewrite the commit's message (git rebase -i, reword) before merging."),
                data: { commit: c.sha }
            });
        }
        for (const file of record.files.value ?? []) {
            if ((file.secrets_redacted ?? 0) === 0)
                continue;
            inMetadata.push({
                status: 'fail',
                subject: file.path,
                message: `${file.secrets_redacted} secret(s) in the path of a changed file (kept redacted in the record): a file's name stays in the history`,
                severity: 'high',
                remedy: METADATA_REMEDY('Rename the file or folder in the commits that add it.')
            });
        }
        findings.push(...inMetadata);
        for (const e of f.custom_rule_errors) {
            findings.push({ status: 'not_verified', subject: `custom-rules/${e.id}`, message: `Custom rule does not compile: ${e.error}`, rule: e.id });
        }
        const counts = `${f.scanned.files} file(s), ${f.scanned.lines} added line(s) scanned with ${f.rule_count} rules; ${f.skipped.length} skipped`;
        const openCounted = notItemized.reduce((k, n) => k + n.open, 0);
        if (open.length > 0 || openCounted > 0 || inMetadata.length > 0) {
            const rules = new Set([...open.map(x => x.rule), ...notItemized.filter(n => n.open > 0).flatMap(n => n.rules)]);
            const what = [
                ...(open.length + openCounted > 0
                    ? [
                        `${open.length + openCounted} new secret(s) added (${[...rules].join(', ')})${openCounted > 0 ? `, ${openCounted} of them counted but not listed` : ''}`
                    ]
                    : []),
                ...(inMetadata.length > 0 ? [`secret(s) in ${inMetadata.length} commit message(s) or file path(s)`] : [])
            ];
            return {
                status: 'fail',
                reason: `${what.join('; ')}; ${counts}.`,
                remedy: REMEDY,
                evidence,
                findings
            };
        }
        if (f.not_verified.length > 0 || f.custom_rule_errors.length > 0) {
            const parts = [];
            if (f.not_verified.length > 0)
                parts.push(`${f.not_verified.length} file(s) not scanned (${f.not_verified
                    .slice(0, 5)
                    .map(n => n.path)
                    .join(', ')}${f.not_verified.length > 5 ? ', …' : ''})`);
            if (f.custom_rule_errors.length > 0)
                parts.push(`${f.custom_rule_errors.length} custom rule(s) do not compile`);
            return {
                status: 'not_verified',
                reason: `No secret found, but ${parts.join(' and ')}; ${counts}.`,
                remedy: notVerifiedRemedy(f),
                evidence,
                findings
            };
        }
        const acknowledged = f.findings.length + notItemized.reduce((k, n) => k + n.acknowledged, 0);
        return {
            status: 'pass',
            reason: `No new secret in the added lines${f.source === 'api' ? " of the final diff (the API's patches; each commit is scanned only from a checkout)" : ''}: ${counts}${acknowledged > 0 ? `; ${acknowledged} acknowledged finding(s)` : ''}.`,
            evidence,
            findings
        };
    }
});

// EXTERNAL MODULE: ./src/iac/checks/base.ts
var base = __webpack_require__(25832);
// EXTERNAL MODULE: ./src/iac/checks/index.ts + 129 modules
var iac_checks = __webpack_require__(62658);
// EXTERNAL MODULE: ./src/model/facts/iac.ts
var iac = __webpack_require__(19078);
;// CONCATENATED MODULE: ./src/iac/evaluate.ts



function evaluateIac(facts, options) {
    const findings = [];
    findings.push(...fileFindings(facts, options.onUnevaluated ?? 'warn'));
    const index = new base/* ResourceIndex */.NF(facts.resources);
    const include = options.checks && options.checks.length > 0 ? new Set(options.checks) : null;
    const exclude = new Set(options.skipChecks ?? []);
    const checks = iac_checks/* IAC_CHECKS */.wh.filter(c => (!include || include.has(c.id)) && !exclude.has(c.id));
    const byType = new Map();
    for (const c of checks)
        for (const t of c.resourceTypes)
            byType.set(t, [...(byType.get(t) ?? []), c]);
    for (const r of facts.resources) {
        if (!r.changed)
            continue;
        for (const check of byType.get(r.type) ?? []) {
            const severity = options.severityOverrides?.[check.id] ?? check.severity;
            const skip = facts.skips.find(s => s.address === r.address && s.file === r.file && (s.check === check.id || s.check === 'all'));
            if (skip && options.allowSkipComments && skip.reason.trim() !== '') {
                findings.push({
                    status: 'not_applicable',
                    subject: r.address,
                    message: `skipped by comment at ${skip.file}:${skip.line}: ${skip.reason}`,
                    location: { path: r.file, line: r.line },
                    rule: check.id,
                    severity,
                    data: { skipped: true, skip_reason: skip.reason, skip_location: `${skip.file}:${skip.line}`, resource_type: r.type }
                });
                continue;
            }
            let res;
            try {
                res = check.evaluate(r, index, { requireCmk: options.requireCmk, requireInfrastructureEncryption: options.requireInfrastructureEncryption === true });
            }
            catch (e) {
                res = { status: 'not_verified', message: `check failed to run: ${e.message}` };
            }
            const note = skip
                ? options.allowSkipComments
                    ? ' (skip comment ignored: it gives no reason)'
                    : ' (skip comment ignored: the policy does not allow skip comments)'
                : '';
            const instances = r.instances_unknown && res.status !== 'not_applicable' ? ` (judged once for every instance: ${r.instances_unknown})` : '';
            // In a called module, a value passed in by the calling block is reported where it is set; the
            // resource's own line is kept as the related location.
            const origin = res.attribute ? originFor(r, res.attribute) : undefined;
            const resourceAt = { path: r.file, line: res.line ?? r.line };
            findings.push({
                status: res.status,
                subject: r.address,
                message: `${check.title}: ${res.message}${origin ? ` (value set at ${origin.file}:${origin.line})` : ''}${instances}${note}`,
                location: origin ? { path: origin.file, line: origin.line } : resourceAt,
                rule: check.id,
                severity,
                data: {
                    resource_type: r.type,
                    category: check.category,
                    ...(check.ai ? { ai_system_data: true } : {}),
                    ...(res.attribute ? { attribute: res.attribute } : {}),
                    ...(r.module ? { module: r.module } : {}),
                    ...(origin ? { related_location: resourceAt } : {}),
                    ...(r.instances_unknown ? { instances: 'unknown' } : {}),
                    ...(r.source === 'plan' ? { source: 'plan' } : {})
                }
            });
        }
    }
    return dedupe(findings);
}
/** Where an attribute's value was set, when it came in through a module input. */
function originFor(r, attribute) {
    if (!r.origins)
        return undefined;
    const keys = attribute.split('.');
    for (let n = keys.length; n > 0; n--) {
        const o = r.origins[keys.slice(0, n).join('.')];
        if (o)
            return o;
    }
    return undefined;
}
/** The same verdict on the same subject at the same place with the same words is said once. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter(f => {
        const k = JSON.stringify([f.rule, f.subject, f.status, f.location?.path, f.location?.line, f.message]);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
const UNEVALUATED_REMEDY = 'Pass a plan (`terraform show -json plan.out > plan.json`, policy key plan-file) that covers these resources, or vendor the module into the repository; set on-unevaluated: fail to block on code the gate cannot read.';
/** Parse errors, unreadable changed files, remote modules, resources without checks, a broken plan file. */
function fileFindings(facts, onUnevaluated = 'warn') {
    const effect = { on_unevaluated: onUnevaluated };
    const out = [];
    for (const f of facts.files) {
        if (!f.changed)
            continue;
        if (f.status === 'error' && f.error) {
            out.push({
                status: 'not_verified',
                subject: f.path,
                message: `${f.path}:${f.error.line}: cannot parse (${f.error.message}); its resources are not verified`,
                location: { path: f.path, line: f.error.line, ...(f.error.column ? { column: f.error.column } : {}) },
                rule: 'IAC_PARSE_ERROR',
                remedy: 'Fix the syntax error so the file can be evaluated.'
            });
        }
        else if (f.status === 'skipped' && f.reason && !/not found|deleted/.test(f.reason)) {
            out.push({
                status: 'not_verified',
                subject: f.path,
                message: `${f.path} not evaluated: ${f.reason}`,
                location: { path: f.path },
                rule: 'IAC_FILE_SKIPPED',
                ...(f.remedy ? { remedy: f.remedy } : {})
            });
        }
    }
    for (const m of facts.remote_modules) {
        if (!m.changed)
            continue;
        out.push({
            status: 'not_verified',
            subject: m.address,
            message: `${m.address} (source ${m.source}) not evaluated: ${m.reason}`,
            location: { path: m.file, line: m.line },
            rule: 'IAC_REMOTE_MODULE',
            remedy: UNEVALUATED_REMEDY,
            data: { unevaluated: true, ...effect }
        });
    }
    for (const u of facts.unevaluated ?? []) {
        if (!u.changed)
            continue;
        out.push({
            status: 'not_verified',
            subject: u.address,
            message: `${u.address} (${u.type}) not evaluated: ${u.reason}`,
            location: { path: u.file, line: u.line },
            rule: 'IAC_UNEVALUATED_RESOURCE',
            remedy: UNEVALUATED_REMEDY,
            data: { unevaluated: true, resource_type: u.type, ...effect }
        });
    }
    if (facts.plan && facts.plan.status !== 'used') {
        out.push({
            status: 'not_verified',
            subject: facts.plan.path,
            message: `plan file ${facts.plan.path}: ${facts.plan.message ?? facts.plan.status}`,
            location: { path: facts.plan.path },
            rule: 'IAC_PLAN'
        });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------------
// data residency
function norm(s) {
    return s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '');
}
/** A region/location is allowed when it equals an allowed one, or is a zone of it (`me-central-1a`, `me-central2-a`). */
function regionAllowed(value, allowed) {
    const v = norm(value);
    return allowed.some(a => {
        const n = norm(a);
        return v === n || (v.startsWith(n) && /^-?[a-z]$/.test(v.slice(n.length)));
    });
}
function evaluateResidency(facts, allowed) {
    const out = [];
    for (const f of fileFindings(facts))
        if (f.status === 'not_verified' && f.rule !== 'IAC_PLAN' && f.rule !== 'IAC_REMOTE_MODULE' && f.rule !== 'IAC_UNEVALUATED_RESOURCE')
            out.push(f);
    for (const r of facts.regions) {
        if (!r.changed)
            continue;
        out.push(regionFinding(r, allowed));
    }
    return out;
}
/** What lets a region be read statically, by where it is set. */
function residencyRemedy(r) {
    if (r.kind === 'template')
        return "A CloudFormation stack's region is chosen when it is deployed: deploy it only through a pipeline pinned to an allowed region, record that as the evidence, and set on-not-verified: warn on iac.data-residency for templates; or give the region as a literal where a resource takes one.";
    if (r.kind === 'provider')
        return `Set the region in the provider "${r.provider}" block (a literal, or a variable with a default or a terraform.tfvars value), or give plan-file so the planned region is read.`;
    return "Set the resource's region, location or zone to a literal, or to a variable with a default or a terraform.tfvars value; or give plan-file.";
}
function regionFinding(r, allowed) {
    const location = { path: r.file, line: r.line };
    const base = { subject: r.subject, location, rule: 'IAC_DATA_RESIDENCY', data: { kind: r.kind, provider: r.provider } };
    if ((0,iac/* isUnknown */.t8)(r.value))
        return { ...base, status: 'not_verified', message: `${r.subject}: region cannot be determined statically: ${r.value.$unknown}`, remedy: residencyRemedy(r) };
    if (regionAllowed(r.value, allowed))
        return { ...base, status: 'pass', message: `${r.subject}: ${r.value} is an allowed region` };
    return {
        ...base,
        status: 'fail',
        message: `${r.subject}: ${r.value} is not an allowed region (allowed: ${allowed.join(', ')})`,
        data: { ...base.data, region: r.value }
    };
}

;// CONCATENATED MODULE: ./src/controls/iac-shared.ts
const IAC_EVIDENCE = '/facts/iac';
/** The facts, or the not_verified / not_applicable outcome when there are none to judge. */
function iacFactsOrOutcome(record) {
    const group = record.facts.iac;
    if (!group || !group.value) {
        return {
            status: 'not_verified',
            reason: `IaC facts were not collected: ${group?.missing?.reason ?? 'the iac collector did not run'}`,
            remedy: group?.missing?.remedy ?? 'add actions/checkout before the gate',
            evidence: [IAC_EVIDENCE]
        };
    }
    const facts = group.value;
    // A change that only removed a file still changes what its module's other resources evaluate to (marked changed).
    if (!facts.files.some(f => f.changed) && !facts.resources.some(r => r.changed))
        return { status: 'not_applicable', reason: 'no infrastructure-as-code file changed', evidence: [IAC_EVIDENCE] };
    return facts;
}
function isOutcome(v) {
    return 'status' in v;
}
/** fail wins over not_verified, which wins over pass. */
function rollUp(findings) {
    const counts = { pass: 0, fail: 0, not_verified: 0, not_applicable: 0 };
    for (const f of findings)
        counts[f.status]++;
    const status = counts.fail > 0 ? 'fail' : counts.not_verified > 0 ? 'not_verified' : 'pass';
    return { status, counts };
}
/** Only the findings a reader needs first: fail, then not_verified, then the rest. */
function ordered(findings) {
    const rank = { fail: 0, not_verified: 1, pass: 2, not_applicable: 3 };
    return [...findings].sort((a, b) => rank[a.status] - rank[b.status]);
}

;// CONCATENATED MODULE: ./src/controls/iac-encryption.ts



const iacEncryption = (0,types/* defineControl */.X)({
    meta: {
        id: 'iac.encryption',
        needs: ['iac'],
        title: 'Infrastructure-as-code encryption',
        question: 'Are the storage, databases, queues, keys and AI resources this change defines encrypted at rest and in transit?',
        rationale: 'Unencrypted data stores and plaintext endpoints defined in code reach production unreviewed; catching them in the pull request, with the file and line, is the cheapest control over cryptography (SOC 2 CC6.1/CC6.7, ISO/IEC 27001 A.8.24, ISO/IEC 42001 A.7 for AI data).',
        defaults: {
            'require-cmk': false,
            checks: [],
            'skip-checks': [],
            'severity-overrides': {},
            'allow-skip-comments': false,
            'plan-file': '',
            'max-file-size': 2 * 1024 * 1024,
            'on-unevaluated': 'warn',
            'require-infrastructure-encryption': false
        },
        paramsSchema: {
            'require-cmk': {
                type: 'boolean',
                default: false,
                description: 'Raise "encrypted" to "encrypted with a customer-managed key" (AWS-managed aliases, AWS-owned and Microsoft/Google-managed keys fail).'
            },
            checks: { type: 'array', items: { type: 'string' }, default: [], description: 'Only these IaC check ids run (empty: all).' },
            'skip-checks': { type: 'array', items: { type: 'string' }, default: [], description: 'IaC check ids that never run.' },
            'severity-overrides': {
                type: 'object',
                additionalProperties: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
                default: {},
                description: 'Severity per IaC check id.'
            },
            'allow-skip-comments': {
                type: 'boolean',
                default: false,
                description: 'Honour `# compliance-gate:skip=<check> <reason>` comments in IaC files; each honoured skip is recorded.'
            },
            'plan-file': {
                type: 'string',
                default: '',
                description: 'Path (in the checkout) of a `terraform show -json` plan; when given, its planned values are used.'
            },
            'max-file-size': { type: 'integer', minimum: 1, default: 2097152, description: 'IaC files larger than this (bytes) are not evaluated (not verified).' },
            'on-unevaluated': {
                enum: ['warn', 'fail'],
                default: 'warn',
                description: "Code the gate cannot read (remote modules, resource types without checks such as azapi_resource of an unknown type or other clouds) is always shown as not verified findings; `warn` makes a verdict that is not verified only because of them a warning, `fail` lets the policy's on-not-verified decide (blocking by default)."
            },
            'require-infrastructure-encryption': {
                type: 'boolean',
                default: false,
                description: 'Also require Azure storage infrastructure (double) encryption, optional hardening that is off by default and set only at creation.'
            }
        },
        remedy: 'Enable encryption on the resources named in the findings (and a customer-managed key where require-cmk is set), or record a reviewed skip comment where the policy allows it.'
    },
    evaluate(record, params) {
        const facts = iacFactsOrOutcome(record);
        if (isOutcome(facts))
            return facts;
        const findings = evaluateIac(facts, {
            requireCmk: params['require-cmk'] === true,
            checks: params.checks,
            skipChecks: params['skip-checks'],
            severityOverrides: params['severity-overrides'],
            allowSkipComments: params['allow-skip-comments'] === true,
            onUnevaluated: params['on-unevaluated'] === 'fail' ? 'fail' : 'warn',
            requireInfrastructureEncryption: params['require-infrastructure-encryption'] === true
        });
        const { status, counts } = rollUp(findings);
        const touched = new Set(facts.files.filter(f => f.changed).map(f => f.path));
        // Resources of files the change did not touch, judged because it changed what they read (a variable, a removed file).
        const alsoJudged = new Set(facts.resources.filter(r => r.changed && !touched.has(r.file)).map(r => r.file)).size;
        const changedFiles = `${touched.size}${alsoJudged > 0 ? ` (and ${alsoJudged} more whose values it changes)` : ''}`;
        const unevaluated = findings.filter(f => f.data?.unevaluated === true).length;
        const tail = unevaluated > 0
            ? ` ${unevaluated} remote module call(s) or resource(s) without checks not evaluated${params['on-unevaluated'] === 'fail' ? '' : ' (on-unevaluated: warn)'}.`
            : '';
        const reason = status === 'fail'
            ? `${counts.fail} resource check(s) fail in ${changedFiles} changed IaC file(s); ${counts.not_verified} not verified.${tail}`
            : status === 'not_verified'
                ? `${counts.not_verified} resource check(s) or file(s) could not be verified statically (unresolved values or parse errors); none fail.${tail}`
                : counts.pass > 0
                    ? `${counts.pass} resource check(s) pass in ${changedFiles} changed IaC file(s).${tail}`
                    : `${changedFiles} changed IaC file(s) define no resource subject to an encryption check.${tail}`;
        // on-unevaluated: warn — when all that could not be verified is code the gate cannot read (remote
        // modules, resource types without checks), the not-verified verdict warns instead of blocking
        const onlyUnevaluated = status === 'not_verified' && findings.filter(f => f.status === 'not_verified').every(f => f.data?.unevaluated === true);
        return {
            status,
            ...(onlyUnevaluated && params['on-unevaluated'] !== 'fail' ? { notVerifiedEscalation: 'warn' } : {}),
            reason,
            remedy: status === 'not_verified'
                ? 'Give the unresolved variables values (terraform.tfvars or defaults), fix parse errors, or provide a plan JSON via plan-file.'
                : undefined,
            evidence: [IAC_EVIDENCE],
            findings: ordered(findings)
        };
    }
});

;// CONCATENATED MODULE: ./src/controls/iac-data-residency.ts
/**
 * iac.data-residency: regions and locations in the changed IaC (provider blocks, resource location /
 * region, CloudFormation and ARM locations) are in the policy's allowed list (e.g. `me-central-1` only
 * for a DIFC workload under DIFC DP Law 2020; APEC CBPR cross-border transfer rules). Unknown → not verified.
 */



const iacDataResidency = (0,types/* defineControl */.X)({
    meta: {
        id: 'iac.data-residency',
        needs: ['iac'],
        title: 'Infrastructure-as-code data residency',
        question: 'Does the change deploy resources only to the regions/locations the policy allows?',
        rationale: 'Data protection laws (DIFC DP Law 2020, GDPR, APEC CBPR) and contracts restrict where personal data may be stored and processed; a region in code is where the data will live.',
        defaults: { 'allowed-regions': [] },
        paramsSchema: {
            'allowed-regions': {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                default: [],
                description: 'Regions/locations resources may be deployed to (AWS `me-central-1`, Azure `uaenorth`, GCP `me-central2`); zones of an allowed region pass. Empty: the control does not apply.'
            }
        },
        remedy: 'Deploy to an allowed region, or pin the provider region / resource location to one so it can be verified.'
    },
    evaluate(record, params) {
        const allowed = params['allowed-regions'] ?? [];
        if (allowed.length === 0)
            return { status: 'not_applicable', reason: 'no allowed-regions configured in the policy', evidence: [IAC_EVIDENCE] };
        const facts = iacFactsOrOutcome(record);
        if (isOutcome(facts))
            return facts;
        const findings = evaluateResidency(facts, allowed);
        if (findings.length === 0)
            return { status: 'pass', reason: 'the changed IaC files set no region or location', evidence: [IAC_EVIDENCE] };
        const { status, counts } = rollUp(findings);
        const reason = status === 'fail'
            ? `${counts.fail} region/location setting(s) outside ${allowed.join(', ')}.`
            : status === 'not_verified'
                ? `${counts.not_verified} region/location setting(s) cannot be determined statically (set at apply/deploy time).`
                : `every region/location in the changed IaC is in ${allowed.join(', ')}.`;
        return { status, reason, evidence: [IAC_EVIDENCE], findings: ordered(findings) };
    }
});

;// CONCATENATED MODULE: ./src/model/facts/ai.ts
function aiFactsOf(record) {
    return record.facts?.ai ?? null;
}

// EXTERNAL MODULE: ./src/controls/lib/ai-paths.ts
var ai_paths = __webpack_require__(63499);
;// CONCATENATED MODULE: ./src/controls/ai-change-governance.ts





const AI_PATH_DEFAULTS = [
    'models/**',
    'model/**',
    'prompts/**',
    '**/*.prompt',
    '**/*.prompty',
    '**/*.ipynb',
    'training/**',
    'train/**',
    'evals/**',
    'eval/**',
    'evaluation/**',
    'datasets/**',
    'data/**/*manifest*.{json,yaml,yml}',
    '**/dataset*.{json,yaml,yml}',
    '**/*.{safetensors,onnx,gguf,pt,pth,h5,pkl,joblib}',
    '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md'
];
const DOCUMENTATION_DEFAULTS = [
    '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md',
    '**/*{impact-assessment,impact_assessment,IMPACT_ASSESSMENT,aia}*.md',
    'docs/ai/**'
];
const EVAL_RESULT_DEFAULTS = ['**/eval-results/**', '**/eval_results/**', '**/evals/results/**', '**/*.eval.json'];
/** Links in free text (http/https up to whitespace or a closing bracket/quote). Linear. */
const URL_RE = /https?:\/\/[^\s)<>\]"'`]+/g;
const ai_change_governance_EVIDENCE = ['/files', '/pull_request/value/labels', '/pull_request/value/body', '/reviews', '/permissions', '/facts/ai'];
const ai_change_governance_control = (0,types/* defineControl */.X)({
    meta: {
        id: 'ai.change-governance',
        needs: ['ai'],
        title: 'AI-system change governance',
        question: 'Does a change to an AI system (models, prompts, notebooks, training/evaluation configs, dataset manifests, model cards) carry the label, approvals, documentation and evaluation the policy requires?',
        rationale: 'ISO/IEC 42001 expects AI-system changes to be verified and validated, documented and deployed under defined responsibility. ' +
            'A change is an AI-system change when a changed path matches `paths`. For it, the policy can require a label, approvals by a ' +
            'named reviewer group (org teams or users; the approvals must meet the same rules as review.approvals), an updated model card ' +
            'or impact assessment in the same change, and an evaluation result: a link in the PR body starting with one of ' +
            '`evaluation-link-prefixes`, or an added/modified file matching `evaluation-result-paths`. Team membership that cannot be read ' +
            'leaves the approval not verified, never passed.',
        defaults: {
            paths: AI_PATH_DEFAULTS,
            'require-label': null,
            reviewers: { teams: [], users: [] },
            'min-approvals': 1,
            'require-documentation': false,
            'documentation-paths': DOCUMENTATION_DEFAULTS,
            'require-evaluation': false,
            'evaluation-link-prefixes': [],
            'evaluation-result-paths': EVAL_RESULT_DEFAULTS
        },
        paramsSchema: {
            paths: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                minItems: 1,
                description: 'Globs (minimatch, dot: true) of paths that belong to an AI system; a change touching one is an AI-system change.'
            },
            'require-label': {
                type: ['string', 'null'],
                minLength: 1,
                default: null,
                description: 'A label the PR must carry when it is an AI-system change (compared case-insensitively, as GitHub does); null: none.'
            },
            reviewers: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    teams: {
                        type: 'array',
                        items: { type: 'string', pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$' },
                        description: 'Teams as `org/team-slug`.'
                    },
                    users: { type: 'array', items: { type: 'string', pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$' }, description: 'GitHub logins.' }
                },
                default: { teams: [], users: [] },
                description: 'Named reviewer group: AI-system changes need `min-approvals` qualifying approvals from members of these teams or these users. Empty: no group approval required. Reading team members needs a token with read:org.'
            },
            'min-approvals': { type: 'integer', minimum: 1, default: 1, description: 'Approvals required from the reviewer group.' },
            'require-documentation': {
                type: 'boolean',
                default: false,
                description: 'Require the same change to add or modify a file matching `documentation-paths` (model card, impact assessment).'
            },
            'documentation-paths': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of model-card / impact-assessment documents.' },
            'require-evaluation': {
                type: 'boolean',
                default: false,
                description: 'Require a linked evaluation result: a URL in the PR body (outside HTML comments) starting with one of `evaluation-link-prefixes`, or an added/modified file matching `evaluation-result-paths`.'
            },
            'evaluation-link-prefixes': {
                type: 'array',
                items: { type: 'string', pattern: '^https?://[^/\\s]+/\\S*$' },
                description: 'URL prefixes of evaluation runs (e.g. `https://wandb.ai/acme/evals/`); the host must end with `/` so no other host matches.'
            },
            'evaluation-result-paths': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of committed evaluation results.' }
        },
        remedy: 'For this AI-system change: add the required label, get approval from the named reviewer group, update the model card or impact assessment in the same pull request, and link the evaluation result in the PR body (or commit it).'
    },
    evaluate(record, params) {
        if ((0,lib_reviews/* noPullRequest */.gQ)(record)) {
            return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); AI-change governance judges pull requests.' };
        }
        const files = record.files;
        if (!files.value) {
            return {
                status: 'not_verified',
                reason: `Whether this is an AI-system change cannot be told: the changed files are ${files.state}${files.missing ? ` (${files.missing.reason})` : ''}.`,
                remedy: files.missing?.remedy ?? 'Give the token `pull-requests: read` so the changed files can be listed, then re-run.',
                evidence: ['/files']
            };
        }
        const aiPaths = (0,ai_paths/* matchingPaths */.yZ)(files.value, params.paths);
        if (aiPaths.length === 0) {
            if (files.state !== 'complete') {
                return {
                    status: 'not_verified',
                    reason: `No AI-system path among the files read, but the list is ${files.state}${files.missing ? ` (${files.missing.reason})` : ''}; a later file may be one.`,
                    remedy: files.missing?.remedy ?? 'Re-run once all changed files can be read.',
                    evidence: ['/files']
                };
            }
            return { status: 'not_applicable', reason: `No changed path matches the AI-system globs (${params.paths.length} patterns).`, evidence: ['/files'] };
        }
        const findings = aiPaths.map(p => ({ status: 'pass', subject: p, message: `${p} belongs to an AI system.`, rule: 'ai-path' }));
        const remedies = [];
        const pr = record.pull_request.value;
        if (params['require-label']) {
            const want = params['require-label'];
            if (!pr) {
                findings.push({ status: 'not_verified', subject: 'label', rule: 'label', message: `The PR's labels could not be read to look for "${want}".` });
                remedies.push(record.pull_request.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.');
            }
            else if (pr.labels.some(l => l.toLowerCase() === want.toLowerCase())) {
                findings.push({ status: 'pass', subject: 'label', rule: 'label', message: `The PR carries the label "${want}".` });
            }
            else {
                findings.push({
                    status: 'fail',
                    subject: 'label',
                    rule: 'label',
                    message: `The PR lacks the label "${want}" required for AI-system changes.`,
                    remedy: `Add the label "${want}".`
                });
            }
        }
        const group = groupApproval(record, params);
        if (group) {
            findings.push(...group.findings);
            if (group.remedy)
                remedies.push(group.remedy);
        }
        if (params['require-documentation']) {
            const docs = (0,ai_paths/* updatedPaths */.oP)(files.value, params['documentation-paths']);
            if (docs.length > 0) {
                findings.push({
                    status: 'pass',
                    subject: 'documentation',
                    rule: 'documentation',
                    message: `Documentation updated in this change: ${docs.join(', ')}.`,
                    data: { paths: docs }
                });
            }
            else if (files.state !== 'complete') {
                findings.push({
                    status: 'not_verified',
                    subject: 'documentation',
                    rule: 'documentation',
                    message: 'No model card or impact assessment among the files read, but the file list is incomplete.'
                });
                remedies.push(files.missing?.remedy ?? 'Re-run once all changed files can be read.');
            }
            else {
                findings.push({
                    status: 'fail',
                    subject: 'documentation',
                    rule: 'documentation',
                    message: `No model card or impact assessment (${params['documentation-paths'].join(', ')}) was added or modified by this change.`,
                    remedy: 'Update the model card or impact-assessment document in the same pull request.'
                });
            }
        }
        if (params['require-evaluation']) {
            const links = pr ? evaluationLinks(pr.body ?? '', params['evaluation-link-prefixes']) : [];
            const results = (0,ai_paths/* updatedPaths */.oP)(files.value, params['evaluation-result-paths']);
            if (links.length > 0 || results.length > 0) {
                findings.push({
                    status: 'pass',
                    subject: 'evaluation',
                    rule: 'evaluation',
                    message: `Evaluation result linked: ${[...links, ...results].join(', ')}.`,
                    data: { links, paths: results }
                });
            }
            else if (!pr || files.state !== 'complete') {
                findings.push({
                    status: 'not_verified',
                    subject: 'evaluation',
                    rule: 'evaluation',
                    message: 'No evaluation result found, but the PR body or the file list could not be read in full.'
                });
                remedies.push(record.pull_request.missing?.remedy ?? files.missing?.remedy ?? 'Re-run once the pull request can be read in full.');
            }
            else {
                const how = [
                    ...(params['evaluation-link-prefixes'].length ? [`a link in the PR body starting with ${params['evaluation-link-prefixes'].join(' or ')}`] : []),
                    `a changed file matching ${params['evaluation-result-paths'].join(', ')}`
                ].join(', or ');
                findings.push({
                    status: 'fail',
                    subject: 'evaluation',
                    rule: 'evaluation',
                    message: `No evaluation result is linked (${how}).`,
                    remedy: `Link the evaluation result: ${how}.`
                });
            }
        }
        const required = findings.filter(f => f.rule !== 'ai-path');
        const failed = required.filter(f => f.status === 'fail');
        const unknown = required.filter(f => f.status === 'not_verified');
        const head = `AI-system change (${aiPaths.length} path${aiPaths.length === 1 ? '' : 's'}: ${aiPaths.slice(0, 5).join(', ')}${aiPaths.length > 5 ? ', …' : ''}).`;
        if (required.length === 0) {
            return { status: 'pass', reason: `${head} The policy requires nothing further of AI-system changes.`, evidence: ai_change_governance_EVIDENCE, findings };
        }
        if (failed.length > 0) {
            return {
                status: 'fail',
                reason: `${head} ${failed.map(f => f.message).join(' ')}`,
                remedy: failed
                    .map(f => f.remedy)
                    .filter(Boolean)
                    .join(' '),
                evidence: ai_change_governance_EVIDENCE,
                findings
            };
        }
        if (unknown.length > 0) {
            return {
                status: 'not_verified',
                reason: `${head} ${unknown.map(f => f.message).join(' ')}`,
                remedy: [...new Set(remedies)].join(' '),
                evidence: ai_change_governance_EVIDENCE,
                findings
            };
        }
        return { status: 'pass', reason: `${head} ${required.map(f => f.message).join(' ')}`, evidence: ai_change_governance_EVIDENCE, findings };
    }
});
/** URLs in the body (HTML comments removed) that start with one of the prefixes. */
function evaluationLinks(body, prefixes) {
    if (prefixes.length === 0)
        return [];
    const urls = stripComments(body).match(URL_RE) ?? [];
    return [...new Set(urls.filter(u => prefixes.some(p => u.startsWith(p))))];
}
/** Approvals from the named reviewer group, judged like review.approvals; null when no group is named. */
function groupApproval(record, params) {
    const users = (params.reviewers.users ?? []).map(u => u.replace(/^@/, ''));
    const teams = (params.reviewers.teams ?? []).map(ai_paths/* parseTeam */.RI).filter(t => t !== null);
    if (users.length === 0 && teams.length === 0)
        return null;
    const groupName = [...teams.map(t => `@${t.org}/${t.slug}`), ...users.map(u => `@${u}`)].join(', ');
    const problem = (0,lib_reviews/* reviewsProblem */.B6)(record);
    if (problem) {
        return {
            findings: [
                {
                    status: 'not_verified',
                    subject: 'reviewer-group',
                    rule: 'reviewer-group',
                    message: `Approvals by ${groupName} cannot be counted: ${problem.reason}.`
                }
            ],
            remedy: problem.remedy
        };
    }
    const facts = aiFactsOf(record)?.value;
    const who = (0,lib_reviews/* contributors */.pJ)(record);
    const judged = [];
    for (const s of (0,lib_reviews/* reviewerStates */.gj)((0,lib_reviews/* reviewsAtMerge */.rl)(record))) {
        if (s.state !== 'APPROVED')
            continue;
        const j = (0,lib_reviews/* judgeApproval */.bA)(record, s, who, { requireHeadCommit: true, excludeBots: true });
        let member = users.some(u => (0,lib_reviews/* sameLogin */.Up)(u, s.login)) ? 'yes' : 'no';
        const unreadable = [];
        if (member === 'no') {
            for (const t of teams) {
                const members = facts?.teams[t.key]?.members;
                if (members === undefined || members === null) {
                    unreadable.push(`@${t.org}/${t.slug}`);
                }
                else if (members.some(m => (0,lib_reviews/* sameLogin */.Up)(m, s.login))) {
                    member = 'yes';
                    break;
                }
            }
            if (member === 'no' && unreadable.length > 0)
                member = 'unknown';
        }
        const why = j.counts === 'no'
            ? `approval does not count (${j.reasons.join(', ')})`
            : member === 'no'
                ? `not in ${groupName}`
                : member === 'unknown'
                    ? `membership of ${unreadable.join(', ')} unreadable`
                    : j.counts === 'unknown'
                        ? j.unknown.join('; ')
                        : `approved as a member of ${groupName}`;
        judged.push({ login: s.login, counts: j.counts, member, why });
    }
    const need = params['min-approvals'];
    const good = judged.filter(j => j.counts === 'yes' && j.member === 'yes');
    const maybe = judged.filter(j => j.counts !== 'no' && j.member !== 'no' && !(j.counts === 'yes' && j.member === 'yes'));
    const detail = judged.map(j => `${j.login}: ${j.why}`).join('; ');
    const data = { group: groupName, required: need, approvals: judged };
    if (good.length >= need) {
        return {
            findings: [
                {
                    status: 'pass',
                    subject: 'reviewer-group',
                    rule: 'reviewer-group',
                    message: `${good.length} of ${need} approvals by ${groupName} (${good.map(g => g.login).join(', ')}).`,
                    data
                }
            ]
        };
    }
    if (good.length + maybe.length >= need) {
        const membership = maybe.some(m => m.member === 'unknown');
        const teamRemedy = Object.values(facts?.teams ?? {}).find(t => t.missing)?.missing?.remedy;
        return {
            findings: [
                {
                    status: 'not_verified',
                    subject: 'reviewer-group',
                    rule: 'reviewer-group',
                    message: `${good.length} of ${need} approvals by ${groupName} confirmed; could not judge ${detail}.`,
                    data
                }
            ],
            remedy: membership
                ? `Membership of the reviewer teams could not be read: ${teamRemedy ?? 'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` as github-token'}; or name the reviewers as users.`
                : (0,lib_reviews/* permissionsRemedy */.VH)(record)
        };
    }
    return {
        findings: [
            {
                status: 'fail',
                subject: 'reviewer-group',
                rule: 'reviewer-group',
                message: `${good.length} of ${need} required approvals by ${groupName}${detail ? ` (${detail})` : '; no one in the group approved'}.`,
                remedy: `Ask ${groupName} to approve the head commit.`,
                data
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/controls/index.ts















const CONTROLS = [
    control,
    review_last_push_control,
    review_no_changes_requested_control,
    review_codeowners_control,
    branch_protection_control,
    checks_required_control,
    commits_signed_control,
    change_ticket_control,
    change_emergency/* control */.A4,
    change_separation_of_duties_control,
    change_unreviewed_push_control,
    secretsNoNewSecrets,
    iacEncryption,
    iacDataResidency,
    ai_change_governance_control
];


/***/ }),

/***/ 63499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ parseTeam),
/* harmony export */   oP: () => (/* binding */ updatedPaths),
/* harmony export */   yZ: () => (/* binding */ matchingPaths)
/* harmony export */ });
/* unused harmony export matchesAny */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91138);
/** Which changed paths belong to an AI system, by the policy's globs (minimatch, dot: true, case-insensitive so `Models/` cannot dodge `models/**`). Pure. */

function matchesAny(path, globs) {
    return globs.some(g => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, g, { dot: true, nocase: true }));
}
/** Changed paths (and the previous path of a rename) matching `globs`, sorted, without duplicates. */
function matchingPaths(files, globs) {
    const out = new Set();
    for (const f of files) {
        if (matchesAny(f.path, globs))
            out.add(f.path);
        if (f.previous_path && matchesAny(f.previous_path, globs))
            out.add(f.previous_path);
    }
    return [...out].sort();
}
/** Paths added or modified (not removed) by the change that match `globs`. */
function updatedPaths(files, globs) {
    return files
        .filter(f => f.status !== 'removed' && matchesAny(f.path, globs))
        .map(f => f.path)
        .sort();
}
/** `org/slug` from `org/slug` or `@org/slug`; null when malformed. */
function parseTeam(ref) {
    const m = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(ref.trim());
    return m ? { org: m[1], slug: m[2], key: `${m[1].toLowerCase()}/${m[2].toLowerCase()}` } : null;
}


/***/ }),

/***/ 21023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ defineControl)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92162);
/**
 * A control: metadata beside a pure evaluate function over the change record.
 *
 * Each control lives in its own file in src/controls/ and is listed in src/controls/index.ts.
 * `evaluate` must not do I/O; everything it needs is in the record and its params.
 */

function defineControl(control) {
    return { meta: { ...control.meta, mappings: control.meta.mappings ?? (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mappingsFor */ .x6)(control.meta.id) }, evaluate: control.evaluate };
}


/***/ }),

/***/ 95820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MAX_ITEMIZED_PER_FILE),
/* harmony export */   v: () => (/* binding */ MAX_ITEMIZED)
/* harmony export */ });
/**
 * Types of the secrets engine and of the facts the `secrets` collector stores in record.facts.secrets.
 * No type here ever holds a detected value: findings carry a redacted preview and a keyed fingerprint.
 */
/** Findings listed per file of each kind: new, allowed inline, baselined (a dump of 100,000 credentials is not 100,000 entries of evidence). */
const MAX_ITEMIZED_PER_FILE = 100;
/** Findings listed in all. */
const MAX_ITEMIZED = 2000;
/** Facts of the `secrets` group: findings (preview and fingerprint, never a value) in the lines the change adds. */


/***/ })

};

//# sourceMappingURL=578.index.js.map