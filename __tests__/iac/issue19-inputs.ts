/** Inputs shared by the scanner-level and runner-level IaC tests of issue 19. */
import { randomBytes } from 'node:crypto'

/** Fake credentials made at run time (never committed), in the shapes providers document. */
export function plantedSecrets() {
  const alnum = (n: number) => Array.from(randomBytes(n), b => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('')
  return {
    githubToken: `ghp_${alnum(36)}`,
    dbPassword: `Pw${alnum(18)}`,
    apiKey: `${alnum(32)}`,
    tfvarsPassword: `Tv${alnum(20)}`,
    cfnPassword: `Cf${alnum(20)}`,
    armPassword: `Ar${alnum(20)}`,
    connection: `Cs${alnum(24)}`
  }
}

/** A change that carries each planted value where IaC keeps values: Lambda env, tfvars, CFN and ARM parameters. */
export function secretFiles(s: ReturnType<typeof plantedSecrets>): Record<string, string> {
  return {
    'infra/main.tf': [
      'variable "db_password" {}',
      'resource "aws_lambda_function" "api" {',
      '  function_name = "api"',
      '  role          = "arn:aws:iam::123456789012:role/api"',
      '  kms_key_arn   = "arn:aws:kms:me-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
      '  environment {',
      '    variables = {',
      `      DATABASE_URL  = "postgres://app:${s.dbPassword}@db.internal.example:5432/orders"`,
      `      GITHUB_TOKEN  = "${s.githubToken}"`,
      `      VENDOR_API_KEY = "${s.apiKey}"`,
      '      DB_PASSWORD   = var.db_password',
      `      STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${s.connection}"`,
      '    }',
      '  }',
      '}',
      ''
    ].join('\n'),
    'infra/terraform.tfvars': `db_password = "${s.tfvarsPassword}"\n`,
    'cfn/db.yaml': [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  DbPassword:',
      '    Type: String',
      `    Default: ${s.cfnPassword}`,
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      StorageEncrypted: true',
      '      MasterUserPassword: !Ref DbPassword',
      '      DBName: !Sub "orders-${DbPassword}"',
      ''
    ].join('\n'),
    'arm/azuredeploy.json': JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { adminPassword: { type: 'securestring', defaultValue: s.armPassword } },
        resources: [
          {
            type: 'Microsoft.DBforPostgreSQL/servers',
            apiVersion: '2017-12-01',
            name: 'pg',
            location: 'uaenorth',
            properties: {
              administratorLoginPassword: "[parameters('adminPassword')]",
              sslEnforcement: 'Enabled',
              note: "[concat('pw=', parameters('adminPassword'))]"
            }
          }
        ]
      },
      null,
      2
    )
  }
}

/** 7 levels of 10 aliases each: 10^7 values when expanded (issue 19's 533-byte template). */
export function aliasBomb(): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', `a0: &a0 [${Array(10).fill('"lol"').join(',')}]`]
  for (let i = 1; i < 7; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(',')}]`
    )
  lines.push('Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags: *a6', '')
  return lines.join('\n')
}
