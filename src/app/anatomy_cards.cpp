// Anatomy card texts. Written for this project from standard anatomy; the moment-arm statements
// are what the model's own geometry gives (`gaitsim muscles`, docs/metrics.md#muscles-table).
#include "app/anatomy_cards.h"

namespace gait {

const std::array<AnatomyCard, kNumAnatomyCards>& anatomy_cards() {
  static const std::array<AnatomyCard, kNumAnatomyCards> cards = {{
      {"Gluteus medius",
       "Outer surface of the ilium, between the anterior and posterior gluteal lines, just below the iliac "
       "crest. A broad fan: its front part lies under the tensor fasciae latae, its back part under gluteus "
       "maximus.",
       "Lateral and upper-posterior facets of the greater trochanter, by a strong flat tendon.",
       "The main abductor of the hip. In single-leg stance it pulls the pelvis down toward the stance femur, "
       "which keeps the other side from dropping. With the hip straight, its front fibres also rotate the "
       "thigh inward and its back fibres outward. As the hip flexes, every part turns into an internal "
       "rotator and the abduction lever shrinks; in the model the front compartment even adducts a little at "
       "90 degrees of flexion. That is why abduction strength is tested with the hip extended.",
       "Superior gluteal nerve (L4, L5, S1), its upper branch.",
       "Superior gluteal artery (deep branch), with the trochanteric anastomosis near the insertion.",
       "Weakness shows in stance on the weak side: the opposite half of the pelvis sags (positive "
       "Trendelenburg sign). Many patients lean the trunk over the weak hip instead, which shortens the "
       "lever of body weight so the pelvis stays level (compensated or Duchenne gait). Tears and "
       "tendinopathy at the trochanter give lateral hip pain. Half the strength is usually not visible in "
       "gait: the muscle normally works well below its capacity."},
      {"Gluteus minimus",
       "Outer surface of the ilium between the anterior and inferior gluteal lines, deep to gluteus medius "
       "and above the hip joint.",
       "Anterior facet of the greater trochanter; some fibres blend with the hip joint capsule.",
       "Abducts the hip and presses the femoral head into the acetabulum. Its front fibres flex and rotate "
       "inward; with the hip flexed, all its fibres rotate inward while their abduction lever falls.",
       "Superior gluteal nerve (L4, L5, S1), its lower branch.",
       "Superior gluteal artery (deep branch).",
       "Alone it holds only about a quarter of the abductors' force (878 of 3156 N in the model), so its loss changes little; together with "
       "gluteus medius (a nerve lesion, a failed tendon repair) it completes the abductor deficit behind a "
       "Trendelenburg gait."},
      {"Tensor fasciae latae",
       "Outer lip of the front of the iliac crest and the anterior superior iliac spine.",
       "Into the iliotibial tract, which runs down the outside of the thigh to the lateral tibial condyle "
       "(Gerdy's tubercle).",
       "Flexes, abducts and rotates the hip inward, and tightens the iliotibial tract, which braces the "
       "outside of the thigh and knee in stance. Its flexion lever grows as the hip flexes; its abduction "
       "lever falls.",
       "Superior gluteal nerve (L4, L5, S1), the end of its lower branch.",
       "Ascending branch of the lateral circumflex femoral artery, with twigs of the superior gluteal artery.",
       "A small share of abduction (233 N of about 3150 N in the model), so its loss alone does not drop the "
       "pelvis. It is spared when only the upper branch of the nerve is cut, and it may then take over part "
       "of the work with the upper gluteus maximus through the iliotibial tract."},
      {"Superior gluteal nerve",
       "Sacral plexus: posterior divisions of the L4, L5 and S1 ventral rami. It leaves the pelvis through "
       "the greater sciatic foramen above piriformis, with the superior gluteal artery and vein.",
       "Runs forward between gluteus medius and minimus; the upper branch ends in gluteus medius, the lower "
       "branch supplies gluteus medius and minimus and ends in the tensor fasciae latae. It crosses the "
       "interval between medius and the tensor about 4 cm above the tip of the greater trochanter.",
       "Purely motor to the three superior-gluteal abductors: gluteus medius, gluteus minimus and tensor "
       "fasciae latae. In the model its function multiplies the strength of all seven compartments; "
       "gluteus maximus, piriformis and sartorius (other nerves) keep their small share of abduction.",
       "L4-S1 roots (hip abduction is usually taught as the L5 myotome). Gluteus maximus is supplied by the inferior gluteal "
       "nerve (L5-S2) instead.",
       "Travels with the superior gluteal artery, a branch of the internal iliac artery (posterior division).",
       "All three muscles fail together: a positive Trendelenburg sign in stance on that side, or a trunk "
       "lurch over the hip when the patient compensates; a waddling gait when both sides are affected. "
       "Causes: a direct lateral hip approach that splits gluteus medius more than about 5 cm above the "
       "trochanter, a misplaced gluteal injection, pelvic fractures, L5 "
       "radiculopathy (then often with foot drop). A nerve block that halved abductor strength in healthy "
       "men changed neither the pelvic drop nor the trunk lean (Pohl 2015): the sign needs a large deficit."},
  }};
  return cards;
}

int anatomy_card_of_muscle(int abductor_index) { return abductor_index <= 2 ? 0 : abductor_index <= 5 ? 1 : 2; }

}  // namespace gait
