/**
 * A GitHubApi answered from memory: the demo's embedded sample and offline re-runs use it. Routes are the
 * same templates the collectors call; a route with no answer is a 404, as GitHub would say.
 */
import type { ApiCall } from '../../model/record.js'
import type { ApiResult, GitHubApi, PaginatedSuccess, ApiFailure, PaginateOptions } from './api.js'

export type MemoryAnswer = { status: number; data: unknown } | ((params: Record<string, unknown>) => { status: number; data: unknown })

export function createMemoryApi(routes: Record<string, MemoryAnswer>, calls: ApiCall[] = []): GitHubApi {
  function answer(route: string, params: Record<string, unknown>): { status: number; data: unknown } {
    const entry = routes[route]
    const url = route.replace(/\{([^}]+)\}/g, (w, k: string) => (params[k] === undefined ? w : String(params[k])))
    const result = entry === undefined ? { status: 404, data: { message: 'Not Found' } } : typeof entry === 'function' ? entry(params) : entry
    calls.push({ method: route.split(' ')[0], route, url: url.split(' ')[1] ?? url, status: result.status, duration_ms: 0, attempt: 1 })
    return result
  }
  function failure(route: string, status: number, data: unknown): ApiFailure {
    const message = (data as { message?: string })?.message ?? `HTTP ${status}`
    const kind =
      status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'not_found'
            : status === 429
              ? 'rate_limited'
              : status >= 500
                ? 'server'
                : 'other'
    return { ok: false, kind, status, message, route }
  }
  return {
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
      const r = answer(route, params)
      if (r.status >= 400) return failure(route, r.status, r.data)
      return { ok: true, status: r.status, data: structuredClone(r.data) as T, route }
    },
    async paginate<T>(route: string, params: Record<string, unknown> = {}, options: PaginateOptions = {}): Promise<PaginatedSuccess<T> | ApiFailure> {
      const r = answer(route, params)
      if (r.status >= 400) return failure(route, r.status, r.data)
      let list = r.data
      if (options.itemsKey && list && typeof list === 'object' && !Array.isArray(list)) list = (list as Record<string, unknown>)[options.itemsKey]
      if (!Array.isArray(list)) return { ok: false, kind: 'malformed', status: r.status, message: 'expected a JSON list', route }
      const max = options.maxItems ?? Number.POSITIVE_INFINITY
      const items = structuredClone(list.slice(0, max)) as T[]
      return { ok: true, status: r.status, data: items, route, truncated: list.length > max }
    }
  }
}
