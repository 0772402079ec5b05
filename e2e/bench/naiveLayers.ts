import type { LayerSpecification } from 'maplibre-gl';

/**
 * The app's layers for the baseline: every ['feature-state', flag] read becomes
 * ['get', flag], so the same flags travel in each feature's properties and change only
 * by rebuilding the source's data.
 */
export function naiveLayers(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => withoutFeatureState(layer) as LayerSpecification);
}

function withoutFeatureState(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value[0] === 'feature-state' ? ['get', value[1]] : value.map(withoutFeatureState);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFeatureState(v)]));
  }
  return value;
}
