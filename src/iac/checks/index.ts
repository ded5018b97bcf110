/** Registry of IaC checks: one file per check; ids are unique (see __tests__/iac/checks.test.ts). */
import type { IacCheck } from './base.js'
import ArmDiskEncryption from './arm-disk-encryption.js'
import ArmKeyvaultPurgeProtection from './arm-keyvault-purge-protection.js'
import ArmSqlMinTls from './arm-sql-min-tls.js'
import ArmSqlTde from './arm-sql-tde.js'
import ArmStorageCmk from './arm-storage-cmk.js'
import ArmStorageHttps from './arm-storage-https.js'
import ArmStorageMinTls from './arm-storage-min-tls.js'
import AwsAthenaWorkgroup from './aws-athena-workgroup.js'
import AwsBackupVaultCmk from './aws-backup-vault-cmk.js'
import AwsBedrockCustomModelCmk from './aws-bedrock-custom-model-cmk.js'
import AwsCloudfrontHttps from './aws-cloudfront-https.js'
import AwsCloudtrailKms from './aws-cloudtrail-kms.js'
import AwsDocdbEncryption from './aws-docdb-encryption.js'
import AwsDynamodbEncryption from './aws-dynamodb-encryption.js'
import AwsEbsDefaultEncryption from './aws-ebs-default-encryption.js'
import AwsEbsEncryption from './aws-ebs-encryption.js'
import AwsEc2InstanceVolumes from './aws-ec2-instance-volumes.js'
import AwsEcrEncryption from './aws-ecr-encryption.js'
import AwsEfsEncryption from './aws-efs-encryption.js'
import AwsElasticacheAtRest from './aws-elasticache-at-rest.js'
import AwsElasticacheInTransit from './aws-elasticache-in-transit.js'
import AwsGlueCatalogEncryption from './aws-glue-catalog-encryption.js'
import AwsGlueSecurityConfig from './aws-glue-security-config.js'
import AwsKinesisEncryption from './aws-kinesis-encryption.js'
import AwsKmsRotation from './aws-kms-rotation.js'
import AwsLambdaEnvKms from './aws-lambda-env-kms.js'
import AwsLbListenerTls from './aws-lb-listener-tls.js'
import AwsLogGroupKms from './aws-log-group-kms.js'
import AwsMskEncryption from './aws-msk-encryption.js'
import AwsNeptuneEncryption from './aws-neptune-encryption.js'
import AwsOpensearchAtRest from './aws-opensearch-at-rest.js'
import AwsOpensearchHttps from './aws-opensearch-https.js'
import AwsOpensearchNodeToNode from './aws-opensearch-node-to-node.js'
import AwsRdsEncryption from './aws-rds-encryption.js'
import AwsRedshiftEncryption from './aws-redshift-encryption.js'
import AwsS3Encryption from './aws-s3-encryption.js'
import AwsSagemakerCmk from './aws-sagemaker-cmk.js'
import AwsSecretsmanagerCmk from './aws-secretsmanager-cmk.js'
import AwsSnsEncryption from './aws-sns-encryption.js'
import AwsSqsEncryption from './aws-sqs-encryption.js'
import AzureAppHttpsOnly from './azure-app-https-only.js'
import AzureCosmosdbCmk from './azure-cosmosdb-cmk.js'
import AzureDbSsl from './azure-db-ssl.js'
import AzureKeyvaultPurgeProtection from './azure-keyvault-purge-protection.js'
import AzureManagedDiskEncryption from './azure-managed-disk-encryption.js'
import AzureMlWorkspaceCmk from './azure-ml-workspace-cmk.js'
import AzureRedisTls from './azure-redis-tls.js'
import AzureSqlTde from './azure-sql-tde.js'
import AzureStorageCmk from './azure-storage-cmk.js'
import AzureStorageHttps from './azure-storage-https.js'
import AzureStorageInfrastructureEncryption from './azure-storage-infrastructure-encryption.js'
import AzureStorageMinTls from './azure-storage-min-tls.js'
import CfnDynamodbEncryption from './cfn-dynamodb-encryption.js'
import CfnEbsEncryption from './cfn-ebs-encryption.js'
import CfnEfsEncryption from './cfn-efs-encryption.js'
import CfnElasticacheEncryption from './cfn-elasticache-encryption.js'
import CfnKmsRotation from './cfn-kms-rotation.js'
import CfnLogGroupKms from './cfn-log-group-kms.js'
import CfnOpensearchEncryption from './cfn-opensearch-encryption.js'
import CfnRdsEncryption from './cfn-rds-encryption.js'
import CfnRedshiftEncryption from './cfn-redshift-encryption.js'
import CfnS3Encryption from './cfn-s3-encryption.js'
import CfnSnsEncryption from './cfn-sns-encryption.js'
import CfnSqsEncryption from './cfn-sqs-encryption.js'
import GcpBigqueryCmek from './gcp-bigquery-cmek.js'
import GcpDiskCmek from './gcp-disk-cmek.js'
import GcpKmsRotation from './gcp-kms-rotation.js'
import GcpPubsubCmek from './gcp-pubsub-cmek.js'
import GcpSqlSsl from './gcp-sql-ssl.js'
import GcpStorageBucketCmek from './gcp-storage-bucket-cmek.js'
import GcpVertexAiCmek from './gcp-vertex-ai-cmek.js'
import AwsElbClassicHttps from './aws-elb-classic-https.js'
import AwsLbSslPolicy from './aws-lb-ssl-policy.js'
import AwsApigwDomainTls from './aws-apigw-domain-tls.js'
import CfnApigwDomainTls from './cfn-apigw-domain-tls.js'
import AwsApigwCacheEncryption from './aws-apigw-cache-encryption.js'
import CfnApigwCacheEncryption from './cfn-apigw-cache-encryption.js'
import AwsCodebuildArtifacts from './aws-codebuild-artifacts.js'
import CfnCodebuildArtifacts from './cfn-codebuild-artifacts.js'
import AwsDaxEncryption from './aws-dax-encryption.js'
import CfnDaxEncryption from './cfn-dax-encryption.js'
import CfnDocdbEncryption from './cfn-docdb-encryption.js'
import CfnNeptuneEncryption from './cfn-neptune-encryption.js'
import AwsEcsEfsTransit from './aws-ecs-efs-transit.js'
import CfnEcsEfsTransit from './cfn-ecs-efs-transit.js'
import AwsAthenaDatabase from './aws-athena-database.js'
import AwsWorkspacesEncryption from './aws-workspaces-encryption.js'
import CfnWorkspacesEncryption from './cfn-workspaces-encryption.js'
import CfnKinesisEncryption from './cfn-kinesis-encryption.js'
import CfnMskEncryption from './cfn-msk-encryption.js'
import CfnElbClassicHttps from './cfn-elb-classic-https.js'
import CfnLbSslPolicy from './cfn-lb-ssl-policy.js'
import CfnEc2InstanceVolumes from './cfn-ec2-instance-volumes.js'
import CfnLaunchConfigurationVolumes from './cfn-launch-configuration-volumes.js'
import CfnLaunchTemplateVolumes from './cfn-launch-template-volumes.js'
import CfnCloudfrontHttps from './cfn-cloudfront-https.js'
import CfnCloudtrailKms from './cfn-cloudtrail-kms.js'
import CfnSamSimpletable from './cfn-sam-simpletable.js'
import AzureAppMinTls from './azure-app-min-tls.js'
import AzureAppFtps from './azure-app-ftps.js'
import AzureKeyvaultKeyExpiry from './azure-keyvault-key-expiry.js'
import AzureSqlMinTls from './azure-sql-min-tls.js'
import AzureDbMinTls from './azure-db-min-tls.js'
import AzureDatalakeEncryption from './azure-datalake-encryption.js'
import ArmDbSsl from './arm-db-ssl.js'
import ArmWebHttps from './arm-web-https.js'
import ArmCdnHttps from './arm-cdn-https.js'
import ArmDatalakeEncryption from './arm-datalake-encryption.js'
import GcpSslPolicy from './gcp-ssl-policy.js'
import ArmRedisTls from './arm-redis-tls.js'
import AwsEksSecretsEncryption from './aws-eks-secrets-encryption.js'
import CfnEksSecretsEncryption from './cfn-eks-secrets-encryption.js'
import CfnLbListenerTls from './cfn-lb-listener-tls.js'
import CfnEcrEncryption from './cfn-ecr-encryption.js'
import CfnBackupVaultCmk from './cfn-backup-vault-cmk.js'
import CfnSecretsmanagerCmk from './cfn-secretsmanager-cmk.js'
import CfnSagemakerCmk from './cfn-sagemaker-cmk.js'
import CfnLambdaEnvKms from './cfn-lambda-env-kms.js'
import CfnGlueSecurityConfig from './cfn-glue-security-config.js'
import CfnGlueCatalogEncryption from './cfn-glue-catalog-encryption.js'
import CfnAthenaWorkgroup from './cfn-athena-workgroup.js'
import CfnFirehoseEncryption from './cfn-firehose-encryption.js'
import AwsEmrSecurityConfig from './aws-emr-security-config.js'
import CfnEmrSecurityConfig from './cfn-emr-security-config.js'
import CfnOpensearchNodeToNode from './cfn-opensearch-node-to-node.js'
import CfnOpensearchHttps from './cfn-opensearch-https.js'
import AzureAppServiceMinTls from './azure-app-service-min-tls.js'
import CfnBedrockCmk from './cfn-bedrock-cmk.js'

export const IAC_CHECKS: readonly IacCheck[] = [
  ArmDiskEncryption,
  ArmKeyvaultPurgeProtection,
  ArmSqlTde,
  ArmStorageHttps,
  ArmStorageMinTls,
  ArmStorageCmk,
  ArmSqlMinTls,
  AwsAthenaWorkgroup,
  AwsBackupVaultCmk,
  AwsBedrockCustomModelCmk,
  AwsCloudfrontHttps,
  AwsCloudtrailKms,
  AwsDocdbEncryption,
  AwsDynamodbEncryption,
  AwsEbsDefaultEncryption,
  AwsEbsEncryption,
  AwsEc2InstanceVolumes,
  AwsEcrEncryption,
  AwsEfsEncryption,
  AwsElasticacheAtRest,
  AwsElasticacheInTransit,
  AwsGlueCatalogEncryption,
  AwsGlueSecurityConfig,
  AwsKinesisEncryption,
  AwsKmsRotation,
  AwsLambdaEnvKms,
  AwsLbListenerTls,
  AwsLogGroupKms,
  AwsMskEncryption,
  AwsNeptuneEncryption,
  AwsOpensearchAtRest,
  AwsOpensearchHttps,
  AwsOpensearchNodeToNode,
  AwsRdsEncryption,
  AwsRedshiftEncryption,
  AwsS3Encryption,
  AwsSagemakerCmk,
  AwsSecretsmanagerCmk,
  AwsSnsEncryption,
  AwsSqsEncryption,
  AzureAppHttpsOnly,
  AzureCosmosdbCmk,
  AzureDbSsl,
  AzureKeyvaultPurgeProtection,
  AzureManagedDiskEncryption,
  AzureMlWorkspaceCmk,
  AzureRedisTls,
  AzureSqlTde,
  AzureStorageCmk,
  AzureStorageHttps,
  AzureStorageInfrastructureEncryption,
  AzureStorageMinTls,
  CfnDynamodbEncryption,
  CfnEbsEncryption,
  CfnEfsEncryption,
  CfnElasticacheEncryption,
  CfnKmsRotation,
  CfnLogGroupKms,
  CfnOpensearchEncryption,
  CfnRdsEncryption,
  CfnRedshiftEncryption,
  CfnS3Encryption,
  CfnSnsEncryption,
  CfnSqsEncryption,
  GcpBigqueryCmek,
  GcpDiskCmek,
  GcpKmsRotation,
  GcpPubsubCmek,
  GcpSqlSsl,
  GcpStorageBucketCmek,
  GcpVertexAiCmek,
  AwsElbClassicHttps,
  AwsLbSslPolicy,
  AwsApigwDomainTls,
  CfnApigwDomainTls,
  AwsApigwCacheEncryption,
  CfnApigwCacheEncryption,
  AwsCodebuildArtifacts,
  CfnCodebuildArtifacts,
  AwsDaxEncryption,
  CfnDaxEncryption,
  CfnDocdbEncryption,
  CfnNeptuneEncryption,
  AwsEcsEfsTransit,
  CfnEcsEfsTransit,
  AwsAthenaDatabase,
  AwsWorkspacesEncryption,
  CfnWorkspacesEncryption,
  CfnKinesisEncryption,
  CfnMskEncryption,
  CfnElbClassicHttps,
  CfnLbSslPolicy,
  CfnEc2InstanceVolumes,
  CfnLaunchConfigurationVolumes,
  CfnLaunchTemplateVolumes,
  CfnCloudfrontHttps,
  CfnCloudtrailKms,
  CfnSamSimpletable,
  AzureAppMinTls,
  AzureAppFtps,
  AzureKeyvaultKeyExpiry,
  AzureSqlMinTls,
  AzureDbMinTls,
  AzureDatalakeEncryption,
  ArmDbSsl,
  ArmWebHttps,
  ArmCdnHttps,
  ArmDatalakeEncryption,
  GcpSslPolicy,
  AwsEksSecretsEncryption,
  CfnEksSecretsEncryption,
  CfnLbListenerTls,
  ArmRedisTls,
  CfnEcrEncryption,
  CfnBackupVaultCmk,
  CfnSecretsmanagerCmk,
  CfnSagemakerCmk,
  CfnLambdaEnvKms,
  CfnGlueSecurityConfig,
  CfnGlueCatalogEncryption,
  CfnAthenaWorkgroup,
  CfnFirehoseEncryption,
  AwsEmrSecurityConfig,
  CfnEmrSecurityConfig,
  CfnOpensearchNodeToNode,
  CfnOpensearchHttps,
  AzureAppServiceMinTls,
  CfnBedrockCmk
]

const ARM_TYPES = new Map(IAC_CHECKS.flatMap(c => c.resourceTypes.filter(t => t.startsWith('Microsoft.')).map(t => [t.toLowerCase(), t] as const)))

/**
 * ARM resource types are case-insensitive (`Microsoft.Cache/Redis` in many quickstart templates is
 * `Microsoft.Cache/redis`): the spelling the checks use, or the type as given.
 */
export function canonicalArmType(type: string): string {
  return ARM_TYPES.get(type.toLowerCase()) ?? type
}

/** Checks that apply to a resource type (ARM types case-insensitively). */
export function checksForType(type: string): IacCheck[] {
  const t = canonicalArmType(type)
  return IAC_CHECKS.filter(c => c.resourceTypes.includes(t))
}

export type { IacCheck }
