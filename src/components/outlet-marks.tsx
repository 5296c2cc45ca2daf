import type { ProviderRef } from '../../api/contract';
import { ProviderBadge } from './provider-badge';
import './outlet-marks.css';

type OutletMarksProps = {
  outlets: ProviderRef[];
  /** Names the list for assistive tech. */
  label: string;
};

/** A compact row of outlets: logos or monograms only, each named for assistive tech and on hover. */
export function OutletMarks({ outlets, label }: OutletMarksProps) {
  return (
    <ul className="outlet-marks" aria-label={label}>
      {outlets.map((outlet) => (
        <li key={outlet.domain} className="outlet-marks__item">
          <ProviderBadge provider={outlet} markOnly />
        </li>
      ))}
    </ul>
  );
}
