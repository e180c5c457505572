// pkg/apis/core/v1/defaults.go SetDefaults_Service, the Service REST allocator
// (pkg/registry/core/service/ipallocator) and validation.go ValidateService.
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll } from "./index";

function admit(yaml: string) {
  const parsed = parseYamlDocuments(yaml);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs);
}
const svc = (name: string, spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe("Service create", () => {
  it("is stored as the API server stores it", () => {
    const r = admit(svc("myservice", "  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 9376\n  - name: x\n    port: 443\n"));
    expect(r.errors.map((e) => e.message)).toEqual(['Service "myservice" is invalid: spec.ports[0].name: Required value']);
    const ok = admit(svc("myservice", "  selector: {app: web}\n  ports:\n  - port: 80\n"));
    const s = ok.objects[0].object;
    expect(s.spec).toMatchObject({
      type: "ClusterIP",
      sessionAffinity: "None",
      ipFamilies: ["IPv4"],
      ipFamilyPolicy: "SingleStack",
      internalTrafficPolicy: "Cluster",
      ports: [{ port: 80, protocol: "TCP", targetPort: 80 }],
    });
    expect(s.spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(s.spec.clusterIPs).toEqual([s.spec.clusterIP]);
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  it("allocates distinct, stable ClusterIPs and avoids the reserved ones", () => {
    const text = ["a", "b", "c"].map((n) => svc(n, "  ports: [{port: 80}]\n")).join("---\n");
    const ips = admit(text).objects.map((o) => o.object.spec.clusterIP);
    expect(new Set(ips).size).toBe(3);
    expect(ips).toEqual(admit(text).objects.map((o) => o.object.spec.clusterIP));
    expect(ips).not.toContain("10.96.0.1");
    expect(ips).not.toContain("10.96.0.10");
  });

  it("refuses a ClusterIP outside the service range", () => {
    expect(admit(svc("a", "  clusterIP: 10.0.0.5\n  ports: [{port: 80}]\n")).errors.map((e) => e.message)).toEqual([
      'Service "a" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    ]);
  });

  it("keeps headless Services headless and gives NodePort Services node ports", () => {
    const r = admit(svc("h", "  clusterIP: None\n  selector: {app: db}\n") + "---\n" + svc("n", "  type: NodePort\n  ports: [{port: 80}]\n"));
    expect(r.errors).toEqual([]);
    expect(r.objects[0].object.spec.clusterIPs).toEqual(["None"]);
    const np = r.objects[1].object.spec;
    expect(np.externalTrafficPolicy).toBe("Cluster");
    expect(np.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(np.ports[0].nodePort).toBeLessThanOrEqual(32767);
  });

  it("requires DNS-1035 names, ports and valid selectors", () => {
    expect(admit(svc("1svc", "  selector: {app: 'a b'}\n")).errors.map((e) => e.message)).toEqual([
      "Service \"1svc\" is invalid: metadata.name: Invalid value: \"1svc\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      'Service "1svc" is invalid: spec.ports: Required value',
      "Service \"1svc\" is invalid: spec.selector: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
    expect(admit(svc("s", "  ports: [{port: 0, targetPort: 70000}]\n")).errors.map((e) => e.message)).toEqual([
      'Service "s" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'Service "s" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });
});
