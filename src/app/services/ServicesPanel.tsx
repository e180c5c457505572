import { useMemo, type CSSProperties } from "react";
import { useStore, selectLocale, selectTrace, type PlaygroundState } from "../../state/store";
import { registerStrings, t as tr, type Locale } from "../i18n";
import { entriesUntil } from "../../engine/trace/state";
import { servicesStrings } from "./strings";
import { hasServices, servicesAt, type EndpointState, type ServiceRow } from "./servicesModel";

registerStrings(servicesStrings);

// The panel depends on the playhead only through the number of trace entries before it, so a
// playhead move that crosses no write does not re-render it.
const selectEntryCount = (s: PlaygroundState) => (s.view ? entriesUntil(s.view.trace, s.t) : 0);

const BADGE: Record<EndpointState, { key: string; hint: string; icon: string; style: CSSProperties }> = {
  ready: { key: "services.ready", hint: "services.readyHint", icon: "●", style: { borderStyle: "solid", fontWeight: 600 } },
  notReady: { key: "services.notReady", hint: "services.notReadyHint", icon: "○", style: { borderStyle: "dashed" } },
  terminating: { key: "services.terminating", hint: "services.terminatingHint", icon: "✕", style: { borderStyle: "dotted", textDecoration: "line-through" } },
};

const badgeBase: CSSProperties = { display: "inline-block", border: "1px", borderColor: "currentColor", borderRadius: 4, padding: "0 6px", whiteSpace: "nowrap" };

/** Each Service at the playhead and which pods its EndpointSlices send traffic to. */
export default function ServicesPanel() {
  const locale = useStore(selectLocale);
  const trace = useStore(selectTrace);
  const n = useStore(selectEntryCount);
  const any = useMemo(() => (trace ? hasServices(trace) : false), [trace]);
  const services = useMemo(() => (trace && any ? servicesAt(trace, n === 0 ? -1 : trace.entries[n - 1].t) : []), [trace, any, n]);
  if (!trace || !any) return null;
  return <ServicesView services={services} locale={locale} />;
}

/** The panel's markup for given rows (separate so it renders without the store). */
export function ServicesView({ services, locale }: { services: ServiceRow[]; locale: Locale }) {
  const s = (key: string, vars?: Record<string, string | number>) => tr(locale, `services.${key}`, vars);
  return (
    <section className="services" role="region" aria-label={s("region")}>
      <h2>{s("heading")}</h2>
      {services.map((svc) => (
        <div className="service" key={`${svc.namespace}/${svc.name}`}>
          <h3>
            {svc.namespace === "default" ? svc.name : `${svc.namespace}/${svc.name}`}
            {svc.clusterIP && svc.clusterIP !== "None" ? <small> {s("clusterIP", { ip: svc.clusterIP })}</small> : null}
          </h3>
          {svc.ports.length > 0 && <p className="hint">{s("ports", { ports: svc.ports.map((p) => `${p.name ? `${p.name} ` : ""}${p.port}→${p.targetPort}/${p.protocol}`).join(", ") })}</p>}
          {svc.endpoints.length === 0 ? (
            <p className="hint">{s("none")}</p>
          ) : (
            <table>
              <caption>
                {s("endpointsCaption", { service: svc.name })} — {s("summary", { ready: svc.endpoints.filter((e) => e.ready).length, total: svc.endpoints.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{s("pod")}</th>
                  <th scope="col">{s("node")}</th>
                  <th scope="col">{s("status")}</th>
                </tr>
              </thead>
              <tbody>
                {svc.endpoints.map((e) => {
                  const b = BADGE[e.state];
                  return (
                    <tr key={e.pod} data-state={e.state}>
                      <th scope="row">{e.pod}</th>
                      <td>{e.node || s("noNode")}</td>
                      <td>
                        <span className={`badge badge-${e.state}`} title={tr(locale, b.hint)} style={{ ...badgeBase, ...b.style }}>
                          <span aria-hidden="true">{b.icon} </span>
                          {tr(locale, b.key)}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}
