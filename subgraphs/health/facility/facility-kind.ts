import { registerEnumType } from 'type-graphql';

/** Kind of health facility, as the GraphQL enum `FacilityKind`. */
export enum FacilityKind {
  HOSPITAL = 'HOSPITAL',
  CLINIC = 'CLINIC',
  PHARMACY = 'PHARMACY',
  LABORATORY = 'LABORATORY',
  OTHER = 'OTHER',
}

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description:
    'Kind of health facility. Sources classify facilities themselves, so the kind is only as reliable as the source.',
  valuesConfig: {
    HOSPITAL: {
      description:
        'Hospital. Overture categories are self-declared, so some private clinics appear here.',
    },
    CLINIC: {
      description:
        'Clinic or outpatient practice: healthsites.io clinic, doctors and dentist, Overture medical, surgical, eye care, physical therapy and mental health centres.',
    },
    PHARMACY: { description: 'Pharmacy.' },
    LABORATORY: { description: 'Medical laboratory.' },
    OTHER: {
      description:
        'Any other health place, such as an Overture health_and_medical business or a healthsites.io facility without a type.',
    },
  },
});

/** Names of the sources a facility id can start with. */
export const FACILITY_SOURCES = ['healthsites', 'overture'] as const;
