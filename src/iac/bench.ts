/**
 * IaC benchmark: 1,000 Terraform files (≈ 100k lines, 5,000 resources) in one module directory each of
 * ten, all "changed", scanned and evaluated. Target: < 3 s and < 300 MB peak RSS.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluateIac } from './evaluate.js'
import { scanIac } from './scan.js'

export interface IacBenchResult {
  files: number
  lines: number
  resources: number
  findings: number
  seconds: number
  filesPerSec: number
  peakRssMB: number
}

function fileText(i: number): string {
  const out: string[] = [`# generated file ${i}`, `variable "enc_${i}" {`, '  default = true', '}', '']
  const kinds = [
    (n: string) => [
      `resource "aws_s3_bucket" "${n}" {`,
      `  bucket = "bucket-${n}"`,
      '  tags = {',
      `    Name  = "${n}"`,
      '    Owner = "platform"',
      '    Env   = "prod"',
      '  }',
      '}'
    ],
    (n: string) => [
      `resource "aws_db_instance" "${n}" {`,
      '  engine            = "postgres"',
      '  instance_class    = "db.t3.micro"',
      `  storage_encrypted = var.enc_${i}`,
      '  kms_key_id        = aws_kms_key.k.arn',
      '  allocated_storage = 20',
      '  tags = {',
      `    Name = "${n}"`,
      '  }',
      '}'
    ],
    (n: string) => [
      `resource "aws_ebs_volume" "${n}" {`,
      '  availability_zone = "me-central-1a"',
      '  size              = 40',
      '  encrypted         = true',
      '  tags = {',
      `    Name = "${n}"`,
      '  }',
      '}'
    ],
    (n: string) => [
      `resource "aws_sqs_queue" "${n}" {`,
      `  name                    = "q-${n}"`,
      '  sqs_managed_sse_enabled = true',
      '  delay_seconds           = 0',
      '  tags = {',
      `    Name = "${n}"`,
      '  }',
      '}'
    ],
    (n: string) => [
      `resource "aws_dynamodb_table" "${n}" {`,
      `  name         = "t-${n}"`,
      '  billing_mode = "PAY_PER_REQUEST"',
      '  hash_key     = "id"',
      '  attribute {',
      '    name = "id"',
      '    type = "S"',
      '  }',
      '  server_side_encryption {',
      '    enabled = true',
      '  }',
      '}'
    ]
  ]
  for (let r = 0; r < 5; r++) {
    const lines = kinds[r](`r${i}_${r}`)
    out.push(...lines, '')
    // filler comments/attributes to reach ~100 lines per file
    out.push(`# resource ${r} of file ${i}: owned by the platform team`, `# see runbook section ${r}`, '')
  }
  while (out.length < 100) out.push(`# padding line ${out.length}`)
  return out.join('\n')
}

export async function benchIac(fileCount = 1000): Promise<IacBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-iac-bench-'))
  try {
    const changed: string[] = []
    let lines = 0
    for (let i = 0; i < fileCount; i++) {
      const mod = `stack${i % 10}`
      fs.mkdirSync(path.join(dir, mod), { recursive: true })
      const rel = `${mod}/f${i}.tf`
      const text = fileText(i)
      lines += text.split('\n').length
      fs.writeFileSync(path.join(dir, rel), text)
      changed.push(rel)
    }
    for (let m = 0; m < 10; m++)
      fs.writeFileSync(
        path.join(dir, `stack${m}`, 'kms.tf'),
        'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\nprovider "aws" {\n  region = "me-central-1"\n}\n'
      )
    const start = process.hrtime.bigint()
    const facts = await scanIac(dir, changed)
    const findings = evaluateIac(facts, { requireCmk: false, allowSkipComments: false })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const resources = facts.resources.filter(r => r.changed).length
    return {
      files: fileCount,
      lines,
      resources,
      findings: findings.length,
      seconds: Math.round(seconds * 1000) / 1000,
      filesPerSec: Math.round(fileCount / seconds),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
