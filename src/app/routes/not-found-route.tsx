import { NotFound } from '../../components/not-found';

/** `*`: any address the reader does not know. */
export function Component() {
  return <NotFound />;
}
